package org.agentset.set.asn1;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.msg.AgentSetExtensions;
import org.agentset.set.asn1.msg.BackKeyData;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.PANData;
import org.agentset.set.asn1.msg.PANToken;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.Thumbs;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.Inputs;
import org.agentset.set.asn1.purchase.InstallRecurData;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PIHead;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * Deterministic sample values for the ASN.1 tests and golden vectors. Cryptographic products are
 * structurally valid CMS placeholders (a SignedData without signers, an EnvelopedData with a KEK
 * recipient over fixed bytes): they exercise the message layer, not the cryptography.
 */
public final class Samples {

  public static final Instant DATE = Instant.parse("2026-03-01T10:15:30Z");
  public static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
  public static final AlgorithmIdentifier AES256_GCM =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM);
  public static final AlgorithmIdentifier SUITE_P256 =
      new AlgorithmIdentifier(SetObjectIdentifiers.AGENTSET_SUITES.branch("2"));

  private Samples() {}

  /** {@code n} bytes, {@code seed, seed+1, ...}. */
  public static byte[] bytes(int seed, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (seed + i);
    }
    return b;
  }

  public static byte[] nonce(int seed) {
    return bytes(seed, 20);
  }

  public static SetString brand() {
    return SetString.of("AgentCard", 40);
  }

  public static SetString merchantId() {
    return SetString.of("MERCHANT-0001", 30);
  }

  public static CurrencyAmount amount() {
    return new CurrencyAmount(978, 12_345, -2);
  }

  public static TransIDs transIds() {
    return new TransIDs(bytes(0x10, 8), bytes(0x20, 8), nonce(0x30), DATE, null, "en-GB");
  }

  public static CertThumb thumb(int seed) {
    return new CertThumb(SHA256, bytes(seed, 32));
  }

  public static Thumbs thumbs() {
    return new Thumbs(
        SHA256, List.of(bytes(0x40, 32), bytes(0x60, 32)), null, List.of(bytes(0x70, 32)));
  }

  public static DetachedDigest dd(ASN1ObjectIdentifier contentType, int seed) {
    return new DetachedDigest(SHA256, contentType, bytes(seed, 32));
  }

  public static Extensions gatewayBinding() {
    GatewayBinding binding =
        new GatewayBinding(thumb(0x80), thumb(0x90), brand(), SUITE_P256, GatewayBinding.LABEL);
    return AgentSetExtensions.of(
        AgentSetExtensions.critical(MessageIdentifiers.EXT_GATEWAY_BINDING, binding));
  }

  public static OIData oiData() {
    return new OIData(
        transIds(),
        nonce(0x01),
        nonce(0x02),
        dd(MessageIdentifiers.HOD_INPUT, 0xA0),
        nonce(0x03),
        nonce(0x04),
        brand(),
        "412345",
        null,
        gatewayBinding());
  }

  public static PIHead piHead() {
    return new PIHead(
        transIds(),
        new Inputs(dd(MessageIdentifiers.HOD_INPUT, 0xA0), amount()),
        merchantId(),
        InstallRecurData.recurring(30, Instant.parse("2027-03-01T00:00:00Z")),
        bytes(0xB0, 32),
        "AgentSET-wallet/0.1",
        new BackKeyData(AES256_GCM, bytes(0xC0, 32)),
        gatewayBinding());
  }

  public static PANData panData() {
    return new PANData("4123450000000019", "202812", bytes(0xD0, 32), nonce(0xE0));
  }

  public static PANToken panToken() {
    return new PANToken("4123450000000019", "202812", nonce(0xE0));
  }

  /** A SignedData without signers whose eContent is {@code content} (or detached if null). */
  public static ContentInfo signed(ASN1ObjectIdentifier eContentType, byte[] content) {
    ASN1EncodableVector encap = new ASN1EncodableVector();
    encap.add(eContentType);
    if (content != null) {
      encap.add(new DERTaggedObject(true, 0, new DEROctetString(content)));
    }
    ASN1EncodableVector sd = new ASN1EncodableVector();
    sd.add(new ASN1Integer(1));
    sd.add(new DERSet(SHA256));
    sd.add(new DERSequence(encap));
    sd.add(new DERSet());
    return new ContentInfo(CMSObjectIdentifiers.signedData, new DERSequence(sd));
  }

  /** An EnvelopedData with one KEK recipient; key and ciphertext are fixed bytes. */
  public static ContentInfo enveloped(ASN1ObjectIdentifier contentType, int seed) {
    ASN1EncodableVector kekri = new ASN1EncodableVector();
    kekri.add(new ASN1Integer(4));
    kekri.add(new DERSequence(new DEROctetString(bytes(seed, 8))));
    kekri.add(new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap));
    kekri.add(new DEROctetString(bytes(seed + 1, 40)));
    ASN1Set recipients = new DERSet(new DERTaggedObject(false, 2, new DERSequence(kekri)));
    ASN1EncodableVector eci = new ASN1EncodableVector();
    eci.add(contentType);
    eci.add(
        new AlgorithmIdentifier(
            NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(bytes(seed + 2, 16))));
    eci.add(new DERTaggedObject(false, 0, new DEROctetString(bytes(seed + 3, 48))));
    ASN1EncodableVector ed = new ASN1EncodableVector();
    ed.add(new ASN1Integer(2));
    ed.add(recipients);
    ed.add(new DERSequence(eci));
    return new ContentInfo(CMSObjectIdentifiers.envelopedData, new DERSequence(ed));
  }

  /** The DER encoding of {@code value}. */
  public static byte[] der(org.bouncycastle.asn1.ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }
}
