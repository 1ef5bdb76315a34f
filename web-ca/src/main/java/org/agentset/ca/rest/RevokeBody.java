package org.agentset.ca.rest;

/** The admin API's revocation request: a reason name such as {@code KEY_COMPROMISE}. */
public record RevokeBody(String reason) {}
