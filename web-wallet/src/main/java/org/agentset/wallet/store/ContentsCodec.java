package org.agentset.wallet.store;

import static org.agentset.set.asn1.der.Values.enumerated;
import static org.agentset.set.asn1.der.Values.intValue;
import static org.agentset.set.asn1.der.Values.longValue;
import static org.agentset.set.asn1.der.Values.octets;
import static org.agentset.set.asn1.der.Values.sequenceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.der.Values;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.model.Preferences;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.model.SeenNonce;
import org.agentset.wallet.model.WalletContents;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The wallet's plaintext: {@link WalletContents} in DER, with set-core's strict decoder, so the
 * wallet reads its own file with the same rules as a SET message (one canonical encoding, sizes and
 * depth bounded, every field checked).
 *
 * <pre>
 * WalletContents ::= SEQUENCE {
 *   version        INTEGER (2),              -- version 1 files (without [1], [2]) are read too
 *   preferences    Preferences,
 *   cards          SEQUENCE OF Card,
 *   communication  [0] EXPLICIT KeyCredential OPTIONAL,
 *   agents         SEQUENCE OF AgentRecord,
 *   history        SEQUENCE OF HistoryEntry,
 *   seenNonces     [1] IMPLICIT SEQUENCE OF SeenNonce OPTIONAL,   -- the SAI replay cache
 *   purchases      [2] IMPLICIT SEQUENCE OF Purchase OPTIONAL }
 * Preferences  ::= SEQUENCE { idleTimeoutSeconds [0] IMPLICIT INTEGER OPTIONAL }
 * Card         ::= SEQUENCE { id UTF8String, number NumericString (SIZE(12..19)),
 *                             expiry NumericString (SIZE(6)),  -- YYYYMM
 *                             holderName UTF8String,
 *                             setCredential [0] EXPLICIT KeyCredential OPTIONAL,
 *                             cardSecret [1] IMPLICIT OCTET STRING OPTIONAL,
 *                             panSecret [2] IMPLICIT OCTET STRING OPTIONAL }
 * KeyCredential ::= SEQUENCE { privateKey OCTET STRING,       -- PKCS#8
 *                              chain SEQUENCE OF OCTET STRING } -- DER certificates
 * AgentRecord  ::= SEQUENCE { agentId UTF8String, mandateId UTF8String,
 *                             signedMandate OCTET STRING, createdAt GeneralizedTime,
 *                             state ENUMERATED { active(0), revoked(1) },
 *                             items SEQUENCE OF ItemKey,
 *                             agentCertificate [0] IMPLICIT OCTET STRING OPTIONAL,
 *                             payments [1] IMPLICIT SEQUENCE OF AgentPayment OPTIONAL }
 * AgentPayment ::= SEQUENCE { id UTF8String, slot INTEGER, merchantCode UTF8String,
 *                             amountMinor INTEGER, at GeneralizedTime,
 *                             state ENUMERATED { awaitingConfirmation(0), paying(1), paid(2),
 *                                                declined(3), failed(4) },
 *                             detail UTF8String }
 * SeenNonce    ::= SEQUENCE { nonce OCTET STRING, keepUntil GeneralizedTime }
 * Purchase     ::= SEQUENCE { id UTF8String, at GeneralizedTime, merchantCode UTF8String,
 *                             description UTF8String, amountMinor INTEGER, currency INTEGER,
 *                             amtExp10 INTEGER, lidM UTF8String,
 *                             xid [0] IMPLICIT UTF8String OPTIONAL,
 *                             outcome ENUMERATED { inProgress(0), authorised(1), declined(2),
 *                                                  pending(3), failed(4) },
 *                             detail UTF8String, cardLastFour UTF8String,
 *                             agentId [1] IMPLICIT UTF8String OPTIONAL,
 *                             receipt [2] IMPLICIT OCTET STRING OPTIONAL }
 * ItemKey      ::= SEQUENCE { slot INTEGER,
 *                             key [0] IMPLICIT OCTET STRING OPTIONAL,  -- absent: destroyed
 *                             sealedToken OCTET STRING }
 * HistoryEntry ::= SEQUENCE { at GeneralizedTime,
 *                             kind ENUMERATED { wallet(0), card(1), enrolment(2),
 *                                               purchase(3), agent(4) },
 *                             text UTF8String }
 * </pre>
 *
 * <p>A later version adds fields as new context-tagged OPTIONAL elements and raises {@code
 * version}; a reader refuses a version it does not know rather than dropping what it cannot read.
 */
final class ContentsCodec {

  /** The version this code writes; it also reads version 1. */
  static final int VERSION = 2;

  /** 16 MiB of plaintext and 8 levels: far above a wallet's needs, far below harm. */
  static final DerLimits LIMITS = new DerLimits(16 << 20, 8);

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuuMM");

  private ContentsCodec() {}

  /** The DER encoding of {@code contents}. */
  static byte[] encode(WalletContents c) {
    DerSeq seq =
        DerSeq.of()
            .add(new ASN1Integer(VERSION))
            .add(preferences(c.preferences()))
            .add(DerSeq.sequenceOf(c.cards().stream().map(ContentsCodec::card).toList()))
            .explicit(0, c.communication().map(ContentsCodec::credential).orElse(null))
            .add(DerSeq.sequenceOf(c.agents().stream().map(ContentsCodec::agent).toList()))
            .add(DerSeq.sequenceOf(c.history().stream().map(ContentsCodec::entry).toList()))
            .implicit(
                1, DerSeq.sequenceOf(c.seenNonces().stream().map(ContentsCodec::nonce).toList()))
            .implicit(
                2, DerSeq.sequenceOf(c.purchases().stream().map(ContentsCodec::purchase).toList()));
    try {
      return seq.build().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes what {@link #encode} wrote.
   *
   * @throws SetDecodingException naming the field, if the bytes are not such an encoding
   * @throws UnsupportedVersionException if the version is not {@link #VERSION}
   */
  static WalletContents decode(byte[] der) throws UnsupportedVersionException {
    Fields f =
        Fields.of(
            "WalletContents", Fields.sequence("WalletContents", StrictDer.parse(der, LIMITS)));
    int version = f.required("version", intValue(0, Integer.MAX_VALUE));
    if (version != VERSION && version != 1) {
      throw new UnsupportedVersionException(version);
    }
    Preferences preferences = f.required("preferences", ContentsCodec::preferences);
    List<Card> cards = f.required("cards", sequenceOf(ContentsCodec::card, 0, 1000));
    KeyCredential communication = f.optionalExplicit(0, "communication", ContentsCodec::credential);
    List<AgentRecord> agents = f.required("agents", sequenceOf(ContentsCodec::agent, 0, 100_000));
    List<HistoryEntry> history =
        f.required("history", sequenceOf(ContentsCodec::entry, 0, 1_000_000));
    List<SeenNonce> nonces =
        f.optionalImplicit(
            1, "seenNonces", BERTags.SEQUENCE, sequenceOf(ContentsCodec::nonce, 0, 1_000_000));
    List<Purchase> purchases =
        f.optionalImplicit(
            2, "purchases", BERTags.SEQUENCE, sequenceOf(ContentsCodec::purchase, 0, 1_000_000));
    f.end();
    return new WalletContents(
        preferences,
        cards,
        Optional.ofNullable(communication),
        agents,
        history,
        nonces == null ? List.of() : nonces,
        purchases == null ? List.of() : purchases);
  }

  /** The plaintext is a newer wallet format than this code reads. */
  static final class UnsupportedVersionException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedVersionException(int version) {
      super("wallet contents version " + version + ", this wallet reads version " + VERSION);
    }
  }

  private static ASN1Encodable preferences(Preferences p) {
    return DerSeq.of()
        .implicit(0, p.idleTimeout().map(d -> new ASN1Integer(d.getSeconds())).orElse(null))
        .build();
  }

  private static Preferences preferences(ASN1Encodable e) {
    Fields f = Fields.of("Preferences", Fields.sequence("Preferences", e));
    Long idle =
        f.optionalImplicit(0, "idleTimeoutSeconds", BERTags.INTEGER, longValue(1, 1_000_000));
    f.end();
    return new Preferences(Optional.ofNullable(idle).map(Duration::ofSeconds));
  }

  private static ASN1Encodable card(Card c) {
    return DerSeq.of()
        .add(new DERUTF8String(c.id()))
        .add(new DERNumericString(c.number()))
        .add(new DERNumericString(YEAR_MONTH.format(c.expiry())))
        .add(new DERUTF8String(c.holderName()))
        .explicit(0, c.setCredential().map(ContentsCodec::credential).orElse(null))
        .implicit(1, c.cardSecret().map(ContentsCodec::octetString).orElse(null))
        .implicit(2, c.panSecret().map(ContentsCodec::octetString).orElse(null))
        .build();
  }

  private static Card card(ASN1Encodable e) {
    Fields f = Fields.of("Card", Fields.sequence("Card", e));
    String id = f.required("id", utf8(1, 64));
    String number = f.required("number", Values.numeric(12, 19));
    YearMonth expiry =
        f.required("expiry", x -> YearMonth.parse(Values.numeric(6, 6).decode(x), YEAR_MONTH));
    String holder = f.required("holderName", utf8(1, 200));
    KeyCredential credential = f.optionalExplicit(0, "setCredential", ContentsCodec::credential);
    Bytes cardSecret = f.optionalImplicit(1, "cardSecret", BERTags.OCTET_STRING, bytes(1, 64));
    Bytes panSecret = f.optionalImplicit(2, "panSecret", BERTags.OCTET_STRING, bytes(1, 64));
    f.end();
    return new Card(
        id,
        number,
        expiry,
        holder,
        Optional.ofNullable(credential),
        Optional.ofNullable(cardSecret),
        Optional.ofNullable(panSecret));
  }

  private static ASN1Encodable credential(KeyCredential k) {
    return DerSeq.of()
        .add(octetString(k.privateKey()))
        .add(DerSeq.sequenceOf(k.chain().stream().map(ContentsCodec::octetString).toList()))
        .build();
  }

  private static KeyCredential credential(ASN1Encodable e) {
    Fields f = Fields.of("KeyCredential", Fields.sequence("KeyCredential", e));
    Bytes key = f.required("privateKey", bytes(1, 1 << 16));
    List<Bytes> chain = f.required("chain", sequenceOf(bytes(1, 1 << 16), 1, 16));
    f.end();
    return new KeyCredential(key, chain);
  }

  private static ASN1Encodable agent(AgentRecord a) {
    return DerSeq.of()
        .add(new DERUTF8String(a.agentId()))
        .add(new DERUTF8String(a.mandateId()))
        .add(octetString(a.signedMandate()))
        .add(time(a.createdAt()))
        .add(new ASN1Enumerated(a.state().value()))
        .add(DerSeq.sequenceOf(a.items().stream().map(ContentsCodec::item).toList()))
        .implicit(0, a.agentCertificate().map(ContentsCodec::octetString).orElse(null))
        .implicit(
            1,
            a.payments().isEmpty()
                ? null
                : DerSeq.sequenceOf(a.payments().stream().map(ContentsCodec::payment).toList()))
        .build();
  }

  private static AgentRecord agent(ASN1Encodable e) {
    Fields f = Fields.of("AgentRecord", Fields.sequence("AgentRecord", e));
    String agentId = f.required("agentId", utf8(1, 200));
    String mandateId = f.required("mandateId", utf8(1, 200));
    Bytes mandate = f.required("signedMandate", bytes(1, 1 << 20));
    Instant created = f.required("createdAt", Values.time());
    AgentRecord.State state = f.required("state", enumerated(AgentRecord.State.class));
    List<ItemKey> items = f.required("items", sequenceOf(ContentsCodec::item, 0, 10_000));
    Bytes certificate =
        f.optionalImplicit(0, "agentCertificate", BERTags.OCTET_STRING, bytes(1, 1 << 16));
    List<AgentPayment> payments =
        f.optionalImplicit(
            1, "payments", BERTags.SEQUENCE, sequenceOf(ContentsCodec::payment, 1, 100_000));
    f.end();
    return new AgentRecord(
        agentId,
        mandateId,
        mandate,
        created,
        state,
        items,
        Optional.ofNullable(certificate),
        payments == null ? List.of() : payments);
  }

  private static ASN1Encodable payment(AgentPayment p) {
    return DerSeq.of()
        .add(new DERUTF8String(p.id()))
        .add(new ASN1Integer(p.slot()))
        .add(new DERUTF8String(p.merchantCode()))
        .add(new ASN1Integer(p.amountMinor()))
        .add(time(p.at()))
        .add(new ASN1Enumerated(p.state().value()))
        .add(new DERUTF8String(p.detail()))
        .build();
  }

  private static AgentPayment payment(ASN1Encodable e) {
    Fields f = Fields.of("AgentPayment", Fields.sequence("AgentPayment", e));
    String id = f.required("id", utf8(1, 64));
    int slot = f.required("slot", intValue(0, 1_000));
    String merchant = f.required("merchantCode", utf8(1, 200));
    long amount = f.required("amountMinor", longValue(0, Long.MAX_VALUE));
    Instant at = f.required("at", Values.time());
    AgentPayment.State state = f.required("state", enumerated(AgentPayment.State.class));
    String detail = f.required("detail", utf8(0, 2000));
    f.end();
    return new AgentPayment(id, slot, merchant, amount, at, state, detail);
  }

  private static ASN1Encodable nonce(SeenNonce n) {
    return DerSeq.of().add(octetString(n.nonce())).add(time(n.keepUntil())).build();
  }

  private static SeenNonce nonce(ASN1Encodable e) {
    Fields f = Fields.of("SeenNonce", Fields.sequence("SeenNonce", e));
    Bytes nonce = f.required("nonce", bytes(1, 64));
    Instant keepUntil = f.required("keepUntil", Values.time());
    f.end();
    return new SeenNonce(nonce, keepUntil);
  }

  private static ASN1Encodable purchase(Purchase p) {
    return DerSeq.of()
        .add(new DERUTF8String(p.id()))
        .add(time(p.at()))
        .add(new DERUTF8String(p.merchantCode()))
        .add(new DERUTF8String(p.description()))
        .add(new ASN1Integer(p.amountMinor()))
        .add(new ASN1Integer(p.currency()))
        .add(new ASN1Integer(p.amtExp10()))
        .add(new DERUTF8String(p.lidM()))
        .implicit(0, p.xid().map(DERUTF8String::new).orElse(null))
        .add(new ASN1Enumerated(p.outcome().value()))
        .add(new DERUTF8String(p.detail()))
        .add(new DERUTF8String(p.cardLastFour()))
        .implicit(1, p.agentId().map(DERUTF8String::new).orElse(null))
        .implicit(2, p.receipt().map(ContentsCodec::octetString).orElse(null))
        .build();
  }

  private static Purchase purchase(ASN1Encodable e) {
    Fields f = Fields.of("Purchase", Fields.sequence("Purchase", e));
    String id = f.required("id", utf8(1, 64));
    Instant at = f.required("at", Values.time());
    String merchant = f.required("merchantCode", utf8(1, 200));
    String description = f.required("description", utf8(0, 70_000));
    long amount = f.required("amountMinor", longValue(0, Long.MAX_VALUE));
    int currency = f.required("currency", intValue(1, 999));
    int exp = f.required("amtExp10", intValue(-12, 0));
    String lidM = f.required("lidM", utf8(0, 200));
    String xid = f.optionalImplicit(0, "xid", BERTags.UTF8_STRING, utf8(1, 200));
    Purchase.Outcome outcome = f.required("outcome", enumerated(Purchase.Outcome.class));
    String detail = f.required("detail", utf8(0, 2000));
    String lastFour = f.required("cardLastFour", utf8(0, 4));
    String agentId = f.optionalImplicit(1, "agentId", BERTags.UTF8_STRING, utf8(1, 200));
    Bytes receipt = f.optionalImplicit(2, "receipt", BERTags.OCTET_STRING, bytes(1, 1 << 20));
    f.end();
    return new Purchase(
        id,
        at,
        merchant,
        description,
        amount,
        currency,
        exp,
        lidM,
        Optional.ofNullable(xid),
        outcome,
        detail,
        lastFour,
        Optional.ofNullable(agentId),
        Optional.ofNullable(receipt));
  }

  private static ASN1Encodable item(ItemKey k) {
    return DerSeq.of()
        .add(new ASN1Integer(k.slot()))
        .implicit(0, k.key().map(ContentsCodec::octetString).orElse(null))
        .add(octetString(k.sealedToken()))
        .build();
  }

  private static ItemKey item(ASN1Encodable e) {
    Fields f = Fields.of("ItemKey", Fields.sequence("ItemKey", e));
    int slot = f.required("slot", intValue(0, Integer.MAX_VALUE));
    Bytes key = f.optionalImplicit(0, "key", BERTags.OCTET_STRING, bytes(32, 32));
    Bytes token = f.required("sealedToken", bytes(1, 1 << 16));
    f.end();
    return new ItemKey(slot, Optional.ofNullable(key), token);
  }

  private static ASN1Encodable entry(HistoryEntry h) {
    return DerSeq.of()
        .add(time(h.at()))
        .add(new ASN1Enumerated(h.kind().value()))
        .add(new DERUTF8String(h.text()))
        .build();
  }

  private static HistoryEntry entry(ASN1Encodable e) {
    Fields f = Fields.of("HistoryEntry", Fields.sequence("HistoryEntry", e));
    Instant at = f.required("at", Values.time());
    HistoryEntry.Kind kind = f.required("kind", enumerated(HistoryEntry.Kind.class));
    String text = f.required("text", utf8(0, 2000));
    f.end();
    return new HistoryEntry(at, kind, text);
  }

  private static DEROctetString octetString(Bytes b) {
    return new DEROctetString(b.toByteArray());
  }

  private static DERGeneralizedTime time(Instant t) {
    return new DERGeneralizedTime(SECONDS.format(t));
  }

  private static Decoder<Bytes> bytes(int min, int max) {
    Decoder<byte[]> raw = octets(min, max);
    return e -> Bytes.of(raw.decode(e));
  }

  private static Decoder<String> utf8(int min, int max) {
    return e -> {
      String s = Values.as(ASN1UTF8String.class, e, "UTF8String").getString();
      if (s.length() < min || s.length() > max) {
        throw new SetDecodingException(
            SetDecodingException.Reason.BAD_VALUE, "", "length outside " + min + ".." + max);
      }
      return s;
    };
  }
}
