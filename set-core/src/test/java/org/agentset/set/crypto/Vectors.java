package org.agentset.set.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * The stored known-answer vectors under {@code vectors/crypto/<suite>/}, written once by {@link
 * OperatorVectorGenerator} from the fixed keys and fixed randomness, and the fixed inputs they were
 * made from. Tests open and verify the stored bytes, so a change in any decoder or in the wire
 * format shows up as a failure here.
 */
final class Vectors {

  /** The message of {@code signature.bin}. */
  static final byte[] MESSAGE = "AgentSET known-answer message".getBytes(StandardCharsets.US_ASCII);

  /** The key block of {@code keyblock-*.bin}, with {@link #INFO} and {@link #AAD}. */
  static final byte[] BLOCK =
      "0123456789abcdef0123456789abcdef+extra".getBytes(StandardCharsets.US_ASCII);

  static final byte[] INFO = "AgentSET KAT info".getBytes(StandardCharsets.US_ASCII);
  static final byte[] AAD = "AgentSET KAT aad".getBytes(StandardCharsets.US_ASCII);

  /** The content type of every stored signature ({@code setct-PInitResData}). */
  static final ASN1ObjectIdentifier TBS =
      org.agentset.set.asn1.SetObjectIdentifiers.CONTENT_TYPES.branch("12");

  /** The content type of every stored envelope ({@code setct-AuthReqTBE}). */
  static final ASN1ObjectIdentifier TBE =
      org.agentset.set.asn1.SetObjectIdentifiers.CONTENT_TYPES.branch("52");

  /** The names of the stored operator outputs. */
  static final List<String> OPERATORS =
      List.of(
          "s", "so", "e", "eh", "ex", "exh", "enc", "encb", "encx", "encbx", "enck", "pisignature");

  /** The shared key of {@code enck.der}. */
  static SharedKey sharedKey() {
    return new SharedKey(
        "kek-1".getBytes(StandardCharsets.US_ASCII),
        new byte[] {
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
          17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
        });
  }

  /** The content {@code t} of every stored operator output. */
  static ASN1Encodable t() {
    return Fixtures.value("known-answer t");
  }

  /** The baggage {@code b} of EncB and EncBX. */
  static ASN1Encodable b() {
    return new DERSequence(new DERUTF8String("known-answer baggage"));
  }

  /** The stand-in PIData and OIData of the stored PISignature. */
  static ASN1Encodable piData() {
    return new DERSequence(new ASN1Encodable[] {Fixtures.value("PIHead"), Fixtures.panData()});
  }

  static ASN1Encodable oiData() {
    return Fixtures.value("OIData");
  }

  private Vectors() {}

  static byte[] read(AlgorithmSuite suite, String file) {
    String path = "/vectors/crypto/" + suite.name() + "/" + file;
    try (InputStream in = Vectors.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing vector " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
