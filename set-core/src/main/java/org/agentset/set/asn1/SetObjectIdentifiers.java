package org.agentset.set.asn1;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers of SET 1.0 (arc {@code 2.23.42}, "id-set") and of AgentSET's own additions.
 *
 * <p>SET's arcs are those registered by SETCo and listed in OpenSSL's {@code objects.txt}: content
 * types under {@code 2.23.42.0}, certificate extensions under {@code 2.23.42.7}, policies under
 * {@code 2.23.42.5}, brands under {@code 2.23.42.8}.
 *
 * <p>AgentSET's additions (algorithm suites, mandate, sealed token, SAI messages, communication
 * certificates) live under a private arc that needs no registration: the UUID arc of ITU-T X.667
 * ({@code 2.25.<uuid as integer>}) for UUID {@code c3e900fb-5ca3-43fa-80a7-7997df763fbf}. Every
 * AgentSET identifier is a child of {@link #AGENTSET}; the four sub-arcs are fixed here, and each
 * number below them is allocated in exactly one class:
 *
 * <table>
 *   <caption>AgentSET's allocations</caption>
 *   <tr><th>arc</th><th>meaning</th><th>allocated in</th></tr>
 *   <tr><td>AGENTSET.1.0.1</td><td>OtherRecipientInfo type of a suite-sealed key block</td>
 *       <td>{@code crypto.SuiteIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.1.{1,2,3}</td><td>suites rsa, p256, pq-hybrid (and their algorithms
 *       below .3)</td><td>{@code crypto.SuiteIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.2.{1,2,3}</td><td>content types of the signed Mandate, PaymentStart and
 *       SetInitiation</td><td>{@code asn1.sai.SaiObjectIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.2.100.1</td><td>content type of a signed GatewayReceiptData</td>
 *       <td>{@code asn1.msg.MessageIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.3.{1,2}</td><td>communication-certificate type and policy</td>
 *       <td>{@code asn1.cert.SetCertObjectIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.4.1</td><td>signed attribute: the SAI nonce of a payment start</td>
 *       <td>{@code asn1.sai.SaiObjectIdentifiers}</td></tr>
 *   <tr><td>AGENTSET.4.100.{1,2,3,4}</td><td>message extensions: gateway binding, merchant
 *       binding, gateway receipt, algorithm suite</td><td>{@code asn1.msg.MessageIdentifiers}</td>
 *   </tr>
 * </table>
 *
 * <p>The other low numbers of AGENTSET.2 and AGENTSET.4 are kept for the agent interface.
 */
public final class SetObjectIdentifiers {

  /** {@code id-set}: 2.23.42. */
  public static final ASN1ObjectIdentifier ID_SET = new ASN1ObjectIdentifier("2.23.42");

  /** SET content types: 2.23.42.0. */
  public static final ASN1ObjectIdentifier CONTENT_TYPES = ID_SET.branch("0");

  /** SET attributes: 2.23.42.3. */
  public static final ASN1ObjectIdentifier ATTRIBUTES = ID_SET.branch("3");

  /** SET policies: 2.23.42.5; {@code set-policy-root} is 2.23.42.5.0. */
  public static final ASN1ObjectIdentifier POLICIES = ID_SET.branch("5");

  /** SET certificate extensions: 2.23.42.7. */
  public static final ASN1ObjectIdentifier CERT_EXTENSIONS = ID_SET.branch("7");

  /** SET brands: 2.23.42.8. */
  public static final ASN1ObjectIdentifier BRANDS = ID_SET.branch("8");

  /**
   * AgentSET's private arc: {@code 2.25.260409284261035997965710532001842741183} (X.667 UUID arc of
   * {@code c3e900fb-5ca3-43fa-80a7-7997df763fbf}).
   */
  public static final ASN1ObjectIdentifier AGENTSET =
      new ASN1ObjectIdentifier("2.25.260409284261035997965710532001842741183");

  /** AgentSET algorithm suites: {@code AGENTSET.1}. */
  public static final ASN1ObjectIdentifier AGENTSET_SUITES = AGENTSET.branch("1");

  /** AgentSET content types (mandate, sealed token, payment start): {@code AGENTSET.2}. */
  public static final ASN1ObjectIdentifier AGENTSET_CONTENT_TYPES = AGENTSET.branch("2");

  /**
   * AgentSET certificate extensions and policies (communication certificates): {@code AGENTSET.3}.
   */
  public static final ASN1ObjectIdentifier AGENTSET_CERT = AGENTSET.branch("3");

  /** AgentSET attributes (e.g. the SAI nonce): {@code AGENTSET.4}. */
  public static final ASN1ObjectIdentifier AGENTSET_ATTRIBUTES = AGENTSET.branch("4");

  private SetObjectIdentifiers() {}

  /** Whether {@code oid} is SET's own (under 2.23.42). */
  public static boolean isSet(ASN1ObjectIdentifier oid) {
    return oid.on(ID_SET);
  }

  /** Whether {@code oid} is one of AgentSET's additions. */
  public static boolean isAgentSet(ASN1ObjectIdentifier oid) {
    return oid.on(AGENTSET);
  }
}
