package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * TransStain, HOD with ODSalt, and EXNonce in PANData. Expected values were computed with OpenSSL
 * 3.0 ({@code openssl dgst -sha256 -mac HMAC}) from the inputs written here. PANSecret and the
 * hashed PAN are tested with the certificates ({@code PanIdentityTest}).
 */
class CardholderSecretsTest {

  private static final byte[] CARD_SECRET = Hex.decode("0102030405060708090a0b0c0d0e0f1011121314");
  private static final byte[] XID = Hex.decode("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3");

  @Test
  void transStainIsHmacOfTheXidUnderCardSecret() {
    assertThat(Hex.toHexString(CardholderSecrets.transStain(CARD_SECRET, XID)))
        .isEqualTo("15e98868ba4bec48a76f56cc9138aaa4057a13cb8080dbca95629a09d7285b2f");
  }

  @Test
  void transStainChangesWithEitherInput() {
    byte[] stain = CardholderSecrets.transStain(CARD_SECRET, XID);
    assertThat(CardholderSecrets.transStain(CARD_SECRET, Tamper.flip(XID, 0))).isNotEqualTo(stain);
    assertThat(CardholderSecrets.transStain(Tamper.flip(CARD_SECRET, 0), XID)).isNotEqualTo(stain);
  }

  @Test
  void hmacOperatorIsHmacSha256() {
    assertThat(
            Hex.toHexString(
                CardholderSecrets.hmac(
                    "Jefe".getBytes(StandardCharsets.US_ASCII),
                    "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void hodIsTheDigestOfHodInput() throws Exception {
    Hod hod = new Hod(Reasons.SUITES.p256());
    DigestedData value = hod.hod(hodInput("2 widgets", 4200, salt()));
    assertThat(Hex.toHexString(value.getDigest()))
        .isEqualTo("8661c6504a96a5d97dadc007c06db9f7366cd3448d3869141f01225335da212a");
    hod.check(value, hodInput("2 widgets", 4200, salt()), "PIHead.hod");
  }

  @Test
  void hodFailsForAnotherOrderAmountOrSalt() {
    Hod hod = new Hod(Reasons.SUITES.p256());
    DigestedData value = hod.hod(hodInput("2 widgets", 4200, salt()));
    fails(
        () -> hod.check(value, hodInput("3 widgets", 4200, salt()), "HOD2"),
        Reason.DIGEST_MISMATCH,
        "HOD2");
    fails(
        () -> hod.check(value, hodInput("2 widgets", 4201, salt()), "HOD2"),
        Reason.DIGEST_MISMATCH);
    fails(
        () -> hod.check(value, hodInput("2 widgets", 4200, Tamper.flip(salt(), 0)), "HOD2"),
        Reason.DIGEST_MISMATCH);
    DigestedData notHod =
        new Digests(Reasons.SUITES.p256())
            .digestedData(SetContentTypes.OI_DATA, hodInput("2 widgets", 4200, salt()));
    fails(
        () -> hod.check(notHod, hodInput("2 widgets", 4200, salt()), "HOD2"),
        Reason.CONTENT_TYPE_MISMATCH);
  }

  @Test
  void freshSaltsAndNoncesAre20RandomBytes() {
    Nonces nonces = new Nonces(new DeterministicRandom("nonces"));
    byte[] a = nonces.exNonce();
    byte[] b = nonces.exNonce();
    assertThat(a).hasSize(Nonces.LENGTH).isNotEqualTo(b);
    assertThat(nonces.odSalt()).hasSize(20);
    assertThat(nonces.xid()).hasSize(20);
    assertThat(nonces.challenge()).hasSize(20);
    assertThat(nonces.secret()).hasSize(20);
    assertThat(Hod.odSalt(new DeterministicRandom("s"))).hasSize(20);
  }

  @Test
  void exNonceMakesTheDigestOfPanDataUnguessable() {
    // the merchant sees DD(PIData), which covers PANData: with a fresh EXNonce, equal card data
    // gives unrelated digests, so guessing card numbers against it is hopeless
    Digests digests = new Digests(Reasons.SUITES.p256());
    Nonces nonces = new Nonces(new DeterministicRandom("exnonce"));
    byte[] secret = new byte[32];
    DigestedData first =
        digests.digestedData(
            SetContentTypes.PAN_DATA,
            Fixtures.panData("4111111111111111", secret, nonces.exNonce()));
    DigestedData second =
        digests.digestedData(
            SetContentTypes.PAN_DATA,
            Fixtures.panData("4111111111111111", secret, nonces.exNonce()));
    assertThat(first.getDigest()).isNotEqualTo(second.getDigest());
  }

  private static byte[] salt() {
    byte[] salt = new byte[20];
    java.util.Arrays.fill(salt, (byte) 0x5a);
    return salt;
  }

  private static ASN1Encodable hodInput(String od, int amount, byte[] salt) {
    return new DERSequence(
        new ASN1Encodable[] {
          new DERUTF8String(od), new ASN1Integer(amount), new DEROctetString(salt)
        });
  }
}
