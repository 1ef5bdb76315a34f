package org.agentset.ans.trust;

import jakarta.ejb.ApplicationException;

/**
 * A request the agent server refuses, with the RFC 9457 problem it answers: a short {@code type}
 * slug (documented in the API notes), the HTTP status and a detail that says what to fix. Never
 * carries a secret. Rolls back whatever the refused call began.
 */
@ApplicationException(rollback = true)
public class AgentProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final int status;

  public AgentProblem(String type, int status, String detail) {
    super(detail);
    this.type = type;
    this.status = status;
  }

  public String type() {
    return type;
  }

  public int status() {
    return status;
  }
}
