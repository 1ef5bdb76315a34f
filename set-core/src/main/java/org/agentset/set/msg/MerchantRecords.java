package org.agentset.set.msg;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.gateway.AuthHeader;
import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.gateway.AuthToken;
import org.agentset.set.asn1.gateway.CapToken;
import org.agentset.set.asn1.gateway.GatewayReceipt;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PI;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The merchant's state between two messages of a purchase, as bytes its web application keeps in
 * its own schema by XID (the library holds none): the answered PInit, the accepted PReq, and the
 * accepted authorization with its CapToken. {@code read*} rebuilds the objects {@link
 * MerchantPurchase} and {@link MerchantAuthorisation} continue from, after a restart or on another
 * node. None of it contains card data: the PI stays encrypted to the gateway.
 *
 * <pre>
 * InitRecord ::= SEQUENCE { version INTEGER (1), pInitRes OCTET STRING, od OCTET STRING,
 *    purchAmt CurrencyAmount, brandID UTF8String, localID-M OCTET STRING, language UTF8String,
 *    transIDs TransIDs, chall-C OCTET STRING, chall-M OCTET STRING, gatewayKeyExchange OCTET STRING }
 * PurchaseRecord ::= SEQUENCE { version INTEGER (1), init InitRecord, oiData OIData,
 *    rrpid OCTET STRING, pi PI, hOIData DetachedDigest, cardholder OCTET STRING -- empty when unsigned }
 * AuthRecord ::= SEQUENCE { version INTEGER (1), purchase PurchaseRecord, authTags AuthTags,
 *    amount CurrencyAmount, header AuthHeader, capToken CapToken OR NULL, receipt GatewayReceipt,
 *    receiptData GatewayReceiptData, authToken AuthToken OR NULL -- absent in older records }
 * </pre>
 *
 * <p>The AuthReq itself is not kept (it is encrypted to the gateway and of no further use); an
 * AuthReqSent rebuilt from a record has no message.
 */
public final class MerchantRecords {

  private static final ASN1Integer V1 = new ASN1Integer(1);

  private MerchantRecords() {}

  /** The record of an answered PInit. */
  public static byte[] init(PInitAnswered a) {
    return Wire.der(initSeq(a));
  }

  /** The record of an accepted PReq. */
  public static byte[] purchase(VerifiedPReq v) {
    return Wire.der(purchaseSeq(v));
  }

  /** The record of an accepted authorization (approved or not). */
  public static byte[] authorisation(AuthorisationResult r) {
    return Wire.der(
        seq(
            V1,
            purchaseSeq(r.request.purchase),
            r.request.authTags,
            r.request.amount,
            r.header,
            r.capToken == null ? DERNull.INSTANCE : r.capToken,
            r.receipt,
            r.receiptData,
            r.authToken == null ? DERNull.INSTANCE : r.authToken));
  }

  /**
   * Rebuilds an answered PInit.
   *
   * @throws IllegalArgumentException when the record is damaged
   */
  public static PInitAnswered readInit(byte[] record) {
    return init(parse(record));
  }

  /** Rebuilds an accepted PReq. */
  public static VerifiedPReq readPurchase(byte[] record) {
    return purchase(parse(record));
  }

  /** Rebuilds an accepted authorization. */
  public static AuthorisationResult readAuthorisation(byte[] record) {
    ASN1Sequence s = parse(record);
    try {
      // records written before AuthTokens have eight elements
      version(s, s.size() == 8 ? 8 : 9);
      VerifiedPReq purchase = purchase(ASN1Sequence.getInstance(s.getObjectAt(1)));
      ASN1Encodable authToken = s.size() > 8 ? s.getObjectAt(8) : DERNull.INSTANCE;
      AuthToken kept = authToken instanceof DERNull ? null : AuthToken.getInstance(authToken);
      AuthReqSent sent =
          new AuthReqSent(
              null,
              purchase,
              AuthTags.getInstance(s.getObjectAt(2)),
              CurrencyAmount.getInstance(s.getObjectAt(3)),
              kept != null);
      ASN1Encodable token = s.getObjectAt(5);
      return new AuthorisationResult(
          sent,
          AuthHeader.getInstance(s.getObjectAt(4)),
          token instanceof DERNull ? null : CapToken.getInstance(token),
          GatewayReceipt.getInstance(s.getObjectAt(6)),
          GatewayReceiptData.getInstance(s.getObjectAt(7)),
          kept);
    } catch (RuntimeException e) {
      throw damaged(e);
    }
  }

  private static ASN1Sequence initSeq(PInitAnswered a) {
    PurchaseOrder o = a.order;
    return seq(
        V1,
        octets(Wire.der(a.message())),
        octets(o.orderDescription()),
        o.amount(),
        new DERUTF8String(o.brandId()),
        octets(o.localIdM() == null ? new byte[0] : o.localIdM()),
        new DERUTF8String(o.language()),
        a.transIds,
        octets(a.challC),
        octets(a.challM),
        octets(encoded(a.gatewayKeyExchange)));
  }

  private static ASN1Sequence purchaseSeq(VerifiedPReq v) {
    return seq(
        V1,
        initSeq(v.init),
        v.oiData,
        octets(v.rrpid),
        v.pi,
        v.hOIData,
        octets(v.cardholder == null ? new byte[0] : encoded(v.cardholder)));
  }

  private static PInitAnswered init(ASN1Sequence s) {
    try {
      version(s, 11);
      byte[] lidM = bytes(s, 5);
      PurchaseOrder order =
          new PurchaseOrder(
              bytes(s, 2),
              CurrencyAmount.getInstance(s.getObjectAt(3)),
              DERUTF8String.getInstance(s.getObjectAt(4)).getString(),
              lidM.length == 0 ? null : lidM,
              DERUTF8String.getInstance(s.getObjectAt(6)).getString());
      return new PInitAnswered(
          MessageWrapper.parse(bytes(s, 1), DerLimits.DEFAULT),
          order,
          TransIDs.getInstance(s.getObjectAt(7)),
          bytes(s, 8),
          bytes(s, 9),
          certificate(bytes(s, 10)));
    } catch (RuntimeException e) {
      throw damaged(e);
    }
  }

  private static VerifiedPReq purchase(ASN1Sequence s) {
    try {
      version(s, 7);
      return new VerifiedPReq(
          init(ASN1Sequence.getInstance(s.getObjectAt(1))),
          OIData.getInstance(s.getObjectAt(2)),
          bytes(s, 3),
          PI.getInstance(s.getObjectAt(4)),
          DetachedDigest.getInstance(s.getObjectAt(5)),
          bytes(s, 6).length == 0 ? null : certificate(bytes(s, 6)));
    } catch (RuntimeException e) {
      throw damaged(e);
    }
  }

  private static ASN1Sequence parse(byte[] record) {
    try {
      return ASN1Sequence.getInstance(StrictDer.parse(record, DerLimits.DEFAULT));
    } catch (RuntimeException e) {
      throw damaged(e);
    }
  }

  private static void version(ASN1Sequence s, int size) {
    if (s.size() != size || !V1.equals(s.getObjectAt(0))) {
      throw new IllegalArgumentException("unknown record layout");
    }
  }

  private static ASN1Sequence seq(ASN1Encodable... items) {
    return new DERSequence(
        new ASN1EncodableVector(items.length) {
          {
            addAll(items);
          }
        });
  }

  private static DEROctetString octets(byte[] b) {
    return new DEROctetString(b);
  }

  private static byte[] bytes(ASN1Sequence s, int i) {
    return ASN1OctetString.getInstance(s.getObjectAt(i)).getOctets();
  }

  private static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalArgumentException("damaged certificate in a merchant record", e);
    }
  }

  private static IllegalArgumentException damaged(Exception e) {
    return new IllegalArgumentException(
        "damaged merchant purchase record: " + e.getClass().getSimpleName(), e);
  }
}
