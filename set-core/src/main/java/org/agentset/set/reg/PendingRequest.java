package org.agentset.set.reg;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.reg.IDData;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A merchant's or gateway's certificate request the CA pended (its acquirer registration is under
 * review), kept by the CA under its LID-CA until a CertInqReq finds it approved: the identity and
 * the two keys of the signed request, and once issued, the certificates (so a repeated inquiry gets
 * the same answer). Cardholder requests are never pended: they are decided at once.
 *
 * @param lidCa the LID-CA given in the pending CertRes (20 bytes)
 * @param kind MERCHANT or GATEWAY
 * @param idData the identity signed in CertReqData
 * @param signatureKey the signature key to certify (a CertInqReq must be signed with it)
 * @param keyExchangeKey the key-exchange key to certify
 * @param issued the certificates issued once approved (signature first), empty while pending
 */
public record PendingRequest(
    byte[] lidCa,
    EntityKind kind,
    IDData idData,
    SubjectPublicKeyInfo signatureKey,
    SubjectPublicKeyInfo keyExchangeKey,
    List<X509Certificate> issued) {

  public PendingRequest {
    lidCa = Objects.requireNonNull(lidCa, "lidCa").clone();
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(idData, "idData");
    Objects.requireNonNull(signatureKey, "signatureKey");
    Objects.requireNonNull(keyExchangeKey, "keyExchangeKey");
    issued = List.copyOf(issued);
  }

  @Override
  public byte[] lidCa() {
    return lidCa.clone();
  }
}
