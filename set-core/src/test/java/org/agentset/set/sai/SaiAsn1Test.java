package org.agentset.set.sai;

import static org.agentset.set.sai.Samples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.SetDecodingException.Reason;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

/**
 * The agent-interface ASN.1: golden DER of every type (decoded back and compared field by field),
 * round trips, and the ways a structure can be wrong, each refused by name.
 */
class SaiAsn1Test {

  private static final Instant EXPIRES = Instant.parse("2026-03-02T12:00:00Z");
  private static final X500Name CUSTOMER = SaiPki.dn("Ada Wallet");

  @Test
  void setInitiationGolden() {
    byte[] der = Golden.check("set-initiation", Der.encode(Samples.initiation(EXPIRES)));
    SetInitiation back = SetInitiation.getInstance(der);
    assertThat(back.getMerchantCode()).isEqualTo("nordlicht-books");
    assertThat(back.getSetEndpoint()).isEqualTo("http://127.0.0.1:8080/merchant/set");
    assertThat(back.getLocalIdM()).isEqualTo(Samples.LID_M);
    assertThat(back.getOrderDescription()).startsWith("2 x Gödel");
    assertThat(back.getAmount().toBigDecimal()).isEqualByComparingTo("59.80");
    assertThat(back.getBrand()).isEqualTo("AgentCard");
    assertThat(back.getExpires()).isEqualTo(EXPIRES);
    assertThat(back.getLines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getSku()).isEqualTo("GEB-PB");
              assertThat(l.getQuantity()).isEqualTo(2);
              assertThat(l.getCategory()).isEqualTo("books");
            });
    assertThat(Der.encode(back)).isEqualTo(der);
  }

  @Test
  void mandateGolden() {
    MandateTerms terms = Samples.terms(CUSTOMER, MandateMode.CONFIRM);
    byte[] termsDer = Golden.check("mandate-terms", Der.encode(terms));
    Golden.check("mandate-terms-hash", Mandates.termsHash(terms));
    Mandate mandate = Samples.mandate(terms, Samples.fixedRandom());
    byte[] der = Golden.check("mandate", Der.encode(mandate));
    Mandate back = Mandate.getInstance(der);
    assertThat(Der.encode(back.getTerms())).isEqualTo(termsDer);
    MandateTerms t = back.getTerms();
    assertThat(t.getMandateId()).isEqualTo(Samples.MANDATE_ID);
    assertThat(t.getCustomer()).isEqualTo(CUSTOMER);
    assertThat(t.getItems()).hasSize(2);
    assertThat(t.getItems().get(1).getQuery()).isNull();
    assertThat(t.getItems().get(1).getCategory()).isEqualTo("tea");
    assertThat(t.getTotalBudget().getAmount()).hasToString("10000");
    assertThat(t.getAllowedMerchants()).containsExactly("nordlicht-books", "herbarium-tea");
    assertThat(t.allowsMerchant("voltaic-parts")).isFalse();
    assertThat(t.getMode()).isEqualTo(MandateMode.CONFIRM);
    assertThat(back.slot(2).getSlot()).isEqualTo(2);
    assertThat(back.item(1).getMaxUnitPrice().getAmount()).hasToString("3500");
    assertThat(back.slot(3)).isNull();
  }

  @Test
  void sealedTokenGoldenOpensWithItsKeyOnly() throws Exception {
    byte[] hash = Mandates.termsHash(Samples.terms(CUSTOMER, MandateMode.AUTONOMOUS));
    SealedToken token =
        new SealedTokens(Samples.fixedRandom())
            .seal(Samples.K1, hash, new TokenPlaintext(Samples.CODE1, 1));
    byte[] der = Golden.check("sealed-token", Der.encode(token));
    TokenPlaintext opened = SealedTokens.open(Samples.K1, hash, SealedToken.getInstance(der));
    assertThat(opened.getAuthorisationCode()).isEqualTo(Samples.CODE1);
    assertThat(opened.getSlot()).isEqualTo(1);
    Golden.check("token-plaintext", Der.encode(opened));
  }

  @Test
  void paymentStartGolden() {
    SealedToken token = new SealedToken(Samples.bytes(12, 1), Samples.bytes(60, 2));
    ContentInfo initiation =
        new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(new byte[] {1, 2, 3}));
    PaymentStart start =
        new PaymentStart(
            Samples.MANDATE_ID, 2, token, "http://127.0.0.1:8080/merchant/set", initiation);
    byte[] der = Golden.check("payment-start", Der.encode(start));
    PaymentStart back = PaymentStart.getInstance(der);
    assertThat(back.getSlot()).isEqualTo(2);
    assertThat(back.getMandateId()).isEqualTo(Samples.MANDATE_ID);
    assertThat(Der.encode(back.getSealedToken())).isEqualTo(Der.encode(token));
    assertThat(back.getInitiationEncoded()).isEqualTo(Der.encode(initiation));
    assertThat(back.getSetEndpoint()).endsWith("/merchant/set");
  }

  // ------------------------------------------------------------------ negative decoding

  @Test
  void initiationWhoseAmountIsNotTheSumOfItsLinesIsRefused() {
    ASN1Sequence good = seq(Samples.initiation(EXPIRES));
    ASN1Sequence bad = replace(good, 5, eur(5_990));
    assertRefused(() -> SetInitiation.getInstance(bad), Reason.BAD_VALUE, "SetInitiation.amount");
    assertThatThrownBy(
            () ->
                new SetInitiation(
                    "m",
                    "http://x/set",
                    Samples.LID_M,
                    "od",
                    eur(1),
                    "AgentCard",
                    EXPIRES,
                    List.of(new OrderLine("s", "n", "c", 1, eur(2)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void initiationLineInAnotherCurrencyIsRefused() {
    ASN1Sequence good = seq(Samples.initiation(EXPIRES));
    OrderLine usd =
        new OrderLine(
            "GEB-PB",
            "x",
            "books",
            2,
            new org.agentset.set.asn1.msg.CurrencyAmount(840, 2_990, -2));
    ASN1Sequence bad = replace(good, 8, new DERSequence(usd));
    assertRefused(() -> SetInitiation.getInstance(bad), Reason.BAD_VALUE, "SetInitiation.amount");
  }

  @Test
  void unknownVersionIsRefused() {
    ASN1Sequence bad = replace(seq(Samples.initiation(EXPIRES)), 0, new ASN1Integer(2));
    assertRefused(() -> SetInitiation.getInstance(bad), Reason.BAD_VALUE, "SetInitiation.version");
    ASN1Sequence start =
        replace(
            seq(
                new PaymentStart(
                    Samples.MANDATE_ID,
                    1,
                    new SealedToken(new byte[12], new byte[17]),
                    "http://x",
                    new ContentInfo(CMSObjectIdentifiers.data, DERNull.INSTANCE))),
            0,
            new ASN1Integer(0));
    assertRefused(() -> PaymentStart.getInstance(start), Reason.BAD_VALUE, "PaymentStart.version");
  }

  @Test
  void extraTrailingFieldIsRefused() {
    ASN1Sequence good = seq(Samples.terms(CUSTOMER, MandateMode.AUTONOMOUS));
    ASN1EncodableVector v = new ASN1EncodableVector();
    good.forEach(v::add);
    v.add(DERNull.INSTANCE);
    assertRefused(
        () -> MandateTerms.getInstance(new DERSequence(v)),
        Reason.UNEXPECTED_FIELD,
        "MandateTerms");
  }

  @Test
  void controlCharactersInTextAreRefused() {
    ASN1Sequence bad =
        replace(seq(Samples.initiation(EXPIRES)), 1, new DERUTF8String("nord\u0000licht"));
    assertRefused(
        () -> SetInitiation.getInstance(bad), Reason.BAD_VALUE, "SetInitiation.merchantCode");
  }

  @Test
  void itemWithoutQueryOrCategoryIsRefused() {
    ASN1Sequence bad = new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), eur(100)});
    assertRefused(() -> MandateItem.getInstance(bad), Reason.MISSING_FIELD, "MandateItem.query");
    assertThatThrownBy(() -> new MandateItem(null, null, 1, eur(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void termsEndingBeforeTheyStartAreRefused() {
    ASN1Sequence good = seq(Samples.terms(CUSTOMER, MandateMode.AUTONOMOUS));
    ASN1Sequence bad = replace(good, 7, good.getObjectAt(6));
    assertRefused(() -> MandateTerms.getInstance(bad), Reason.BAD_VALUE, "MandateTerms");
  }

  @Test
  void termsWithPricesInAnotherCurrencyAreRefused() {
    assertThatThrownBy(
            () ->
                new MandateTerms(
                    Samples.MANDATE_ID,
                    CUSTOMER,
                    List.of(
                        new MandateItem(
                            "q",
                            null,
                            1,
                            new org.agentset.set.asn1.msg.CurrencyAmount(840, 1, -2))),
                    eur(100),
                    List.of(),
                    SaiPki.T0,
                    SaiPki.NOW,
                    MandateMode.AUTONOMOUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void slotsMustMatchItemsInNumberAndOrder() {
    MandateTerms terms = Samples.terms(CUSTOMER, MandateMode.AUTONOMOUS);
    Mandate good = Samples.mandate(terms, Samples.fixedRandom());
    ItemSlot s1 = good.getSlots().get(0);
    ItemSlot s2 = good.getSlots().get(1);
    for (List<ItemSlot> wrong : List.of(List.of(s1), List.of(s2, s1), List.of(s1, s1))) {
      ASN1Sequence bad = new DERSequence(new ASN1Encodable[] {terms, DerSeq.sequenceOf(wrong)});
      assertRefused(() -> Mandate.getInstance(bad), Reason.BAD_VALUE, "Mandate.slots");
      assertThatThrownBy(() -> new Mandate(terms, wrong))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void tokenFieldsOutOfRangeAreRefused() {
    ASN1Sequence slot0 =
        new DERSequence(new ASN1Encodable[] {new DEROctetString(new byte[32]), new ASN1Integer(0)});
    assertRefused(() -> TokenPlaintext.getInstance(slot0), Reason.BAD_VALUE, "TokenPlaintext.slot");
    ASN1Sequence shortNonce =
        new DERSequence(
            new ASN1Encodable[] {
              new DEROctetString(new byte[11]), new DEROctetString(new byte[40])
            });
    assertRefused(() -> SealedToken.getInstance(shortNonce), Reason.BAD_VALUE, "SealedToken.nonce");
    ASN1Sequence shortCode =
        new DERSequence(new ASN1Encodable[] {new DEROctetString(new byte[31]), new ASN1Integer(1)});
    assertRefused(
        () -> TokenPlaintext.getInstance(shortCode),
        Reason.BAD_VALUE,
        "TokenPlaintext.authorisationCode");
  }

  @Test
  void berAndTruncatedInputAreRefused() {
    byte[] der = Der.encode(Samples.initiation(EXPIRES));
    byte[] truncated = java.util.Arrays.copyOf(der, der.length - 1);
    assertThatThrownBy(() -> SetInitiation.getInstance(truncated))
        .isInstanceOf(SetDecodingException.class);
    byte[] indefinite = new byte[der.length + 2];
    // re-encode the outer SEQUENCE with indefinite length: 30 80 ... 00 00
    int headerLength = 2 + ((der[1] & 0x80) == 0 ? 0 : der[1] & 0x7f);
    indefinite[0] = 0x30;
    indefinite[1] = (byte) 0x80;
    System.arraycopy(der, headerLength, indefinite, 2, der.length - headerLength);
    byte[] ber = java.util.Arrays.copyOf(indefinite, der.length - headerLength + 4);
    assertThatThrownBy(() -> SetInitiation.getInstance(ber))
        .isInstanceOf(SetDecodingException.class)
        .extracting(e -> ((SetDecodingException) e).getReason())
        .isEqualTo(Reason.NOT_DER);
  }

  // ------------------------------------------------------------------ helpers

  private static ASN1Sequence seq(ASN1Encodable value) {
    return ASN1Sequence.getInstance(Der.canonical(value));
  }

  private static ASN1Sequence replace(ASN1Sequence seq, int index, ASN1Encodable value) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    for (int i = 0; i < seq.size(); i++) {
      v.add(i == index ? value : seq.getObjectAt(i));
    }
    return new DERSequence(v);
  }

  private static void assertRefused(Runnable decode, Reason reason, String path) {
    assertThatThrownBy(decode::run)
        .isInstanceOfSatisfying(
            SetDecodingException.class,
            e -> {
              assertThat(e.getReason()).isEqualTo(reason);
              assertThat(e.getPath()).startsWith(path);
            });
  }

  @SuppressWarnings("unused")
  private static <T> Function<Object, T> unused(Function<Object, T> f) {
    return f;
  }
}
