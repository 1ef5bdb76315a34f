package org.agentset.set.msg;

import java.math.BigInteger;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What AgentSET's gateway writes into an AuthToken's {@code authTokenOpaque} (its note to itself,
 * signed and sealed with its own token key like the rest of the AuthToken): the token's own
 * identity, which the gateway accepts once; the merchant it was issued to; the purchase's HOD and
 * TransStain, which a later authorisation's receipt and bank message carry again; and the card.
 *
 * <pre>
 * AuthTokenOpaque ::= SEQUENCE {
 *    tokenID        OCTET STRING (SIZE(20)),   -- fresh per token: single use
 *    merchantThumb  CertThumb,                 -- signature certificate of the merchant
 *    hod            DetachedDigest,            -- PIHead's HOD, for the gateway receipt
 *    transStain     OCTET STRING,              -- PIHead's TransStain, for the issuer
 *    panToken       PANToken,
 *    cardholderSerial INTEGER OPTIONAL         -- the first PI's signer, for the issuer
 * }
 * </pre>
 *
 * <p>SET's AuthToken is {@code EncX(P1, P2, AuthTokenData, PANToken)}: the card rides in the key
 * transport block. AgentSET's tokens are EncK under a symmetric key only the gateway holds ({@link
 * org.agentset.set.crypto.GatewayTokens}), which has no such block, so the PANToken travels here,
 * inside the signed and encrypted AuthTokenData: readable by the gateway only, as in SET. {@link
 * #toString()} shows no card data.
 */
final class AuthTokenOpaque extends ASN1Object {

  private static final String TYPE = "AuthTokenOpaque";

  private final byte[] tokenId;
  private final CertThumb merchantThumb;
  private final DetachedDigest hod;
  private final byte[] transStain;
  private final PANToken panToken;
  private final BigInteger cardholderSerial;

  AuthTokenOpaque(
      byte[] tokenId,
      CertThumb merchantThumb,
      DetachedDigest hod,
      byte[] transStain,
      PANToken panToken,
      BigInteger cardholderSerial) {
    this.tokenId = tokenId.clone();
    this.merchantThumb = merchantThumb;
    this.hod = hod;
    this.transStain = transStain.clone();
    this.panToken = panToken;
    this.cardholderSerial = cardholderSerial;
  }

  private AuthTokenOpaque(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    tokenId = f.required("tokenID", SetTypes.NONCE);
    merchantThumb = f.required("merchantThumb", CertThumb::getInstance);
    hod = f.required("hod", DetachedDigest::getInstance);
    transStain = f.required("transStain", SetTypes.DIGEST);
    panToken = f.required("panToken", PANToken::getInstance);
    cardholderSerial =
        f.optional("cardholderSerial", BERTags.INTEGER, Values.integer(BigInteger.ONE, null));
    f.end();
  }

  static AuthTokenOpaque getInstance(Object obj) {
    return obj instanceof AuthTokenOpaque v ? v : new AuthTokenOpaque(Fields.sequence(TYPE, obj));
  }

  byte[] tokenId() {
    return tokenId.clone();
  }

  CertThumb merchantThumb() {
    return merchantThumb;
  }

  DetachedDigest hod() {
    return hod;
  }

  byte[] transStain() {
    return transStain.clone();
  }

  PANToken panToken() {
    return panToken;
  }

  /** The serial of the certificate that signed the purchase's PI, or null (unsigned PI). */
  BigInteger cardholderSerial() {
    return cardholderSerial;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.octets(tokenId))
        .add(merchantThumb)
        .add(hod)
        .add(Der.octets(transStain))
        .add(panToken)
        .optional(cardholderSerial == null ? null : Der.integer(cardholderSerial))
        .build();
  }

  @Override
  public String toString() {
    return "AuthTokenOpaque[card redacted]";
  }
}
