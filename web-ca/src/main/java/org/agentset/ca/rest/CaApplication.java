package org.agentset.ca.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The certificate authority's JAX-RS application, under {@code /ca/api}. */
@ApplicationPath("api")
public class CaApplication extends Application {}
