package org.agentset.bank.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * The connection factory the payment gateway injects with {@code @Resource(lookup =
 * "java:/eis/Bank")}. Connections are pooled by the application server; close each one to return
 * it.
 */
public interface BankConnectionFactory extends Serializable, Referenceable {

  /** JNDI name under which the server binds the factory. */
  String JNDI_NAME = "java:/eis/Bank";

  /** A pooled connection to the bank interchange network. */
  BankConnection getConnection() throws ResourceException;
}
