package org.agentset.merchant.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The merchant server's JAX-RS application, under {@code /merchant/api}. */
@ApplicationPath("api")
public class MerchantApplication extends Application {}
