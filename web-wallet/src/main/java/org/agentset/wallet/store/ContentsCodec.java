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
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.model.Preferences;
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
 *   version        INTEGER (1),
 *   preferences    Preferences,
 *   cards          SEQUENCE OF Card,
 *   communication  [0] EXPLICIT KeyCredential OPTIONAL,
 *   agents         SEQUENCE OF AgentRecord,
 *   history        SEQUENCE OF HistoryEntry }
 * Preferences  ::= SEQUENCE { idleTimeoutSeconds [0] IMPLICIT INTEGER OPTIONAL }
 * Card         ::= SEQUENCE { id UTF8String, number NumericString (SIZE(12..19)),
 *                             expiry NumericString (SIZE(6)),  -- YYYYMM
 *                             holderName UTF8String,
 *                             setCredential [0] EXPLICIT KeyCredential OPTIONAL }
 * KeyCredential ::= SEQUENCE { privateKey OCTET STRING,       -- PKCS#8
 *                              chain SEQUENCE OF OCTET STRING } -- DER certificates
 * AgentRecord  ::= SEQUENCE { agentId UTF8String, mandateId UTF8String,
 *                             signedMandate OCTET STRING, createdAt GeneralizedTime,
 *                             state ENUMERATED { active(0), revoked(1) },
 *                             items SEQUENCE OF ItemKey }
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

  /** The version this code writes and the only one it reads. */
  static final int VERSION = 1;

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
            .add(DerSeq.sequenceOf(c.history().stream().map(ContentsCodec::entry).toList()));
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
    if (version != VERSION) {
      throw new UnsupportedVersionException(version);
    }
    Preferences preferences = f.required("preferences", ContentsCodec::preferences);
    List<Card> cards = f.required("cards", sequenceOf(ContentsCodec::card, 0, 1000));
    KeyCredential communication = f.optionalExplicit(0, "communication", ContentsCodec::credential);
    List<AgentRecord> agents = f.required("agents", sequenceOf(ContentsCodec::agent, 0, 100_000));
    List<HistoryEntry> history =
        f.required("history", sequenceOf(ContentsCodec::entry, 0, 1_000_000));
    f.end();
    return new WalletContents(
        preferences, cards, Optional.ofNullable(communication), agents, history);
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
    f.end();
    return new Card(id, number, expiry, holder, Optional.ofNullable(credential));
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
    f.end();
    return new AgentRecord(agentId, mandateId, mandate, created, state, items);
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
