package org.agentset.bank.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;

/** The factory bound in JNDI: every connection comes from the server's pool. */
public class BankConnectionFactoryImpl implements BankConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final transient BankManagedConnectionFactory factory;
  private final transient ConnectionManager manager;
  private Reference reference;

  BankConnectionFactoryImpl(BankManagedConnectionFactory factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
  }

  @Override
  public BankConnection getConnection() throws ResourceException {
    return (BankConnection) manager.allocateConnection(factory, null);
  }

  @Override
  public Reference getReference() {
    return reference;
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }
}
