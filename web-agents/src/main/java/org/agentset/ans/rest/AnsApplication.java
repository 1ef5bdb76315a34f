package org.agentset.ans.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Agent Negotiation Server's JAX-RS application, under {@code /ans/api}. */
@ApplicationPath("api")
public class AnsApplication extends Application {}
