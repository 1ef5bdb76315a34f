package org.agentset.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.wallet.model.Preferences;
import org.agentset.wallet.model.WalletContents;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

class ContentsCodecTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

  @Test
  void everyKindOfContentSurvivesARoundTrip() throws Exception {
    WalletContents c =
        Fixtures.everything(NOW)
            .withPreferences(new Preferences(Optional.of(Duration.ofMinutes(9))));
    assertThat(ContentsCodec.decode(ContentsCodec.encode(c))).isEqualTo(c);
    assertThat(ContentsCodec.decode(ContentsCodec.encode(WalletContents.empty())))
        .isEqualTo(WalletContents.empty());
  }

  @Test
  void timesAreKeptToTheSecond() throws Exception {
    WalletContents c = Fixtures.everything(NOW.plusMillis(999));
    WalletContents back = ContentsCodec.decode(ContentsCodec.encode(c));
    assertThat(back.history().get(0).at()).isEqualTo(NOW);
    assertThat(back.agents().get(0).createdAt()).isEqualTo(NOW);
  }

  @Test
  void aNewerVersionIsRefusedNotHalfRead() throws Exception {
    ASN1Sequence now = ASN1Sequence.getInstance(ContentsCodec.encode(WalletContents.empty()));
    ASN1Sequence v3 =
        new DERSequence(
            new org.bouncycastle.asn1.ASN1Encodable[] {
              new ASN1Integer(3),
              now.getObjectAt(1),
              now.getObjectAt(2),
              now.getObjectAt(3),
              now.getObjectAt(4)
            });
    assertThatThrownBy(() -> ContentsCodec.decode(v3.getEncoded()))
        .isInstanceOf(ContentsCodec.UnsupportedVersionException.class)
        .hasMessageContaining("version 3");
  }

  @Test
  void aVersionOneWalletIsStillRead() throws Exception {
    ASN1Sequence now = ASN1Sequence.getInstance(ContentsCodec.encode(Fixtures.everything(NOW)));
    // version 1: the same first six fields, without the replay cache and purchases
    ASN1Sequence v1 =
        new DERSequence(
            new org.bouncycastle.asn1.ASN1Encodable[] {
              new ASN1Integer(1),
              now.getObjectAt(1),
              now.getObjectAt(2),
              now.getObjectAt(3),
              now.getObjectAt(4),
              now.getObjectAt(5)
            });
    WalletContents read = ContentsCodec.decode(v1.getEncoded());
    assertThat(read.cards()).hasSize(2);
    assertThat(read.seenNonces()).isEmpty();
    assertThat(read.purchases()).isEmpty();
  }

  @Test
  void damagedPlaintextIsRefusedNamingTheField() throws Exception {
    byte[] der = ContentsCodec.encode(Fixtures.everything(NOW));
    assertThatThrownBy(() -> ContentsCodec.decode(Arrays.copyOf(der, der.length - 1)))
        .isInstanceOf(SetDecodingException.class);
    byte[] trailing = Arrays.copyOf(der, der.length + 1);
    assertThatThrownBy(() -> ContentsCodec.decode(trailing))
        .isInstanceOf(SetDecodingException.class)
        .hasMessageContaining("TRAILING_DATA");
    // the card number NumericString holds a letter
    byte[] letter = der.clone();
    int at = indexOf(letter, Fixtures.PAN.getBytes());
    letter[at] = 'A';
    assertThatThrownBy(() -> ContentsCodec.decode(letter))
        .isInstanceOf(SetDecodingException.class)
        .hasMessageContaining("cards[0].number")
        .hasMessageNotContaining(Fixtures.PAN.substring(1));
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
