package org.agentset.bank.ra;

import jakarta.resource.ResourceException;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.EchoResult;

/** The handle applications hold; closing it gives the link back to the pool. */
public class BankConnectionHandle implements BankConnection {

  private BankManagedConnection managed;

  BankConnectionHandle(BankManagedConnection managed) {
    this.managed = managed;
  }

  void associate(BankManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public EchoResult echo() throws ResourceException {
    return live().echo(this);
  }

  private BankManagedConnection live() throws ResourceException {
    if (managed == null) {
      throw new ResourceException("the bank connection is closed");
    }
    return managed;
  }

  @Override
  public void close() {
    if (managed != null) {
      BankManagedConnection m = managed;
      managed = null;
      m.handleClosed(this);
    }
  }
}
