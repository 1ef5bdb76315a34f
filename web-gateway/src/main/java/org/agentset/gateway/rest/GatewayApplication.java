package org.agentset.gateway.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The payment gateway's JAX-RS application, under {@code /gateway/api}. */
@ApplicationPath("api")
public class GatewayApplication extends Application {}
