package org.agentset.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.resource.ResourceException;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CardSecretRegistration;

/**
 * An EJB as the payment gateway's beans use the bank: the connection factory injected with
 * {@code @Resource}, one pooled connection per call, closed when done. It runs in the container's
 * JTA transaction (the adapter is NoTransaction, so the exchange is not part of it).
 */
@Stateless
public class BankClientBean {

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  public BankResult authorise(AuthorisationRequest request) throws ResourceException {
    try (BankConnection connection = bank.getConnection()) {
      return connection.authorise(request);
    }
  }

  /** Hands the issuer a CardSecret, as the cardholder CA does; returns field 39 of the 0312. */
  public String registerCardSecret(CardSecretRegistration registration) throws ResourceException {
    try (BankConnection connection = bank.getConnection()) {
      return connection.registerCardSecret(registration);
    }
  }
}
