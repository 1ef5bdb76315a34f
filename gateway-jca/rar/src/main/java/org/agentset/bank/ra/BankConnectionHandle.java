package org.agentset.bank.ra;

import jakarta.resource.ResourceException;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.EchoResult;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ReversalRequest;

/**
 * The handle applications hold. It forwards to its managed connection; closing it gives the link
 * back to the pool. After the link failed, every call throws: the pool has destroyed the link.
 */
public class BankConnectionHandle implements BankConnection {

  private BankManagedConnection managed;

  BankConnectionHandle(BankManagedConnection managed) {
    this.managed = managed;
  }

  void associate(BankManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public BankResult authorise(AuthorisationRequest request) throws ResourceException {
    return live().authorise(this, request);
  }

  @Override
  public BankResult capture(CaptureRequest request) throws ResourceException {
    return live().capture(this, request);
  }

  @Override
  public BankResult refund(RefundRequest request) throws ResourceException {
    return live().refund(this, request);
  }

  @Override
  public BankResult reverse(ReversalRequest request) throws ResourceException {
    return live().reverse(this, request);
  }

  @Override
  public String registerCardSecret(CardSecretRegistration registration) throws ResourceException {
    return live().registerCardSecret(this, registration);
  }

  @Override
  public EchoResult echo() throws ResourceException {
    return live().echo(this);
  }

  private BankManagedConnection live() throws ResourceException {
    BankManagedConnection m = managed;
    if (m == null) {
      throw new ResourceException("the bank connection is closed");
    }
    if (m.isDestroyed()) {
      throw new ResourceException("the bank connection failed earlier; get a new one");
    }
    return m;
  }

  @Override
  public void close() {
    BankManagedConnection m = managed;
    if (m != null) {
      managed = null;
      m.handleClosed(this);
    }
  }
}
