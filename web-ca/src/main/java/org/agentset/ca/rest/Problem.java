package org.agentset.ca.rest;

/** An error answer of the admin API: a message for the operator or client, never a stack trace. */
public record Problem(int status, String error) {}
