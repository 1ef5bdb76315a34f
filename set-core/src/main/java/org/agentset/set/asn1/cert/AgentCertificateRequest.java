package org.agentset.set.asn1.cert;

import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.CertificationRequest;

/**
 * AgentSET's request for a customer agent's communication certificate, signed (in a CMS
 * SignedData of content type {@link SetCertObjectIdentifiers#AGENT_CERTIFICATE_REQUEST}) by the
 * customer's wallet: the wallet vouches that this key belongs to this agent of its customer, for
 * no longer than the agent's mandate. The agent server generates the key and the PKCS#10 request
 * and forwards the signed whole to the CA; the CA never has to trust the agent server.
 *
 * <pre>
 * AgentCertificateRequest ::= SEQUENCE {
 *   agentId   UTF8String (SIZE(1..64)),   -- the agent server's id for the agent
 *   notAfter  GeneralizedTime,            -- the end of the agent's mandate, whole seconds, UTC
 *   request   CertificationRequest }      -- PKCS#10, signed by the agent's new key
 * </pre>
 */
public final class AgentCertificateRequest extends ASN1Object {

  /** Longest agent id. */
  public static final int MAX_AGENT_ID = 64;

  private static final String FIELD = "agentCertificateRequest";

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private final String agentId;
  private final Instant notAfter;
  private final CertificationRequest request;

  /** A request; {@code notAfter} is cut to whole seconds. */
  public AgentCertificateRequest(String agentId, Instant notAfter, CertificationRequest request) {
    checkId(agentId, FIELD + ".agentId");
    this.agentId = agentId;
    this.notAfter = Objects.requireNonNull(notAfter, "notAfter").truncatedTo(ChronoUnit.SECONDS);
    this.request = Objects.requireNonNull(request, "request");
  }

  private AgentCertificateRequest(ASN1Sequence seq) {
    SeqReader r = SeqReader.of(seq, FIELD);
    this.agentId = r.as(r.next("agentId"), ASN1UTF8String.class, "agentId").getString();
    checkId(agentId, r.path("agentId"));
    ASN1GeneralizedTime time = r.as(r.next("notAfter"), ASN1GeneralizedTime.class, "notAfter");
    try {
      if (!time.getTimeString().matches("\\d{14}Z")) {
        throw new MalformedCertExtensionException(r.path("notAfter"), "must be YYYYMMDDHHMMSSZ");
      }
      this.notAfter = time.getDate().toInstant();
    } catch (ParseException e) {
      throw new MalformedCertExtensionException(r.path("notAfter"), "not a time", e);
    }
    try {
      this.request = CertificationRequest.getInstance(r.next("request"));
    } catch (IllegalArgumentException e) {
      throw new MalformedCertExtensionException(r.path("request"), "not a CertificationRequest", e);
    }
    r.end();
  }

  /** Decodes a request from its strict DER encoding. */
  public static AgentCertificateRequest fromDer(byte[] der) {
    return new AgentCertificateRequest(
        SeqReader.sequence(StrictDer.parse(der, 16 * 1024, FIELD), FIELD));
  }

  private static void checkId(String id, String field) {
    if (id == null || id.isEmpty() || id.length() > MAX_AGENT_ID || !id.matches("[A-Za-z0-9._:-]+")) {
      throw new MalformedCertExtensionException(
          field, "must be 1.." + MAX_AGENT_ID + " letters, digits or . _ : -");
    }
  }

  public String agentId() {
    return agentId;
  }

  /** The end of the agent's mandate, which the certificate must not outlive. */
  public Instant notAfter() {
    return notAfter;
  }

  public CertificationRequest request() {
    return request;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new DERUTF8String(agentId));
    v.add(new DERGeneralizedTime(TIME.format(notAfter)));
    v.add(request);
    return new DERSequence(v);
  }
}
