package org.agentset.bank.ra;

import jakarta.resource.Referenceable;
import jakarta.resource.spi.AdministeredObject;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.naming.Reference;
import org.agentset.bank.api.IssuerHostControl;
import org.agentset.bank.host.EmbeddedIssuer;
import org.agentset.bank.iso8583.MessageTypes;

/**
 * The test-only control of the embedded issuer, as a JCA administered object so that tests
 * deployed in the server can look it up. Inert unless the adapter runs with {@code testControl}.
 */
@AdministeredObject(adminObjectInterfaces = IssuerHostControl.class)
public class IssuerHostControlImpl
    implements IssuerHostControl, ResourceAdapterAssociation, Referenceable, Serializable {

  private static final long serialVersionUID = 1L;

  private transient BankResourceAdapter adapter;
  private Reference reference;

  private EmbeddedIssuer issuer() {
    if (adapter == null) {
      throw new IllegalStateException("the issuer host control has no resource adapter");
    }
    return adapter
        .network()
        .embedded()
        .filter(e -> e.faults().enabled())
        .orElseThrow(() -> new IllegalStateException("the issuer host's test control is disabled"));
  }

  @Override
  public void inject(String mti, Fault fault, int times) {
    issuer().faults().arm(MessageTypes.parse(mti), fault, times);
  }

  @Override
  public void delay(String mti, Duration delay, int times) {
    issuer().faults().armDelay(MessageTypes.parse(mti), delay, times);
  }

  @Override
  public int releaseHeld() {
    return issuer().faults().releaseHeld();
  }

  @Override
  public void clearFaults() {
    issuer().faults().clear();
  }

  @Override
  public void restart() {
    try {
      issuer().restart();
    } catch (IOException e) {
      throw new UncheckedIOException("the issuer host did not restart", e);
    }
  }

  @Override
  public int port() {
    return issuer().port();
  }

  @Override
  public long acceptedConnections() {
    return issuer().statistics().acceptedConnections();
  }

  @Override
  public long received(String mti) {
    return issuer().statistics().received(MessageTypes.parse(mti));
  }

  @Override
  public long refused() {
    return issuer().statistics().refusedMessages();
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return adapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter adapter) {
    this.adapter = (BankResourceAdapter) adapter;
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
