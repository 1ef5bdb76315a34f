package org.agentset.set.crypto;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The SET content types (arc {@code 2.23.42.0}, numbers as registered by SETCo and listed in
 * OpenSSL's {@code objects.txt}) that the operators in this package fix themselves; every other
 * content type is passed in by the message code. Values are identical to those the message classes
 * use, so either constant may be given.
 */
public final class SetContentTypes {

  /** {@code setct-PANData} 2.23.42.0.0. */
  public static final ASN1ObjectIdentifier PAN_DATA = ct(0);

  /** {@code setct-PANToken} 2.23.42.0.1. */
  public static final ASN1ObjectIdentifier PAN_TOKEN = ct(1);

  /** {@code setct-OIData} 2.23.42.0.3. */
  public static final ASN1ObjectIdentifier OI_DATA = ct(3);

  /** {@code setct-PIData} 2.23.42.0.5. */
  public static final ASN1ObjectIdentifier PI_DATA = ct(5);

  /** {@code setct-PIDataUnsigned} 2.23.42.0.6. */
  public static final ASN1ObjectIdentifier PI_DATA_UNSIGNED = ct(6);

  /** {@code setct-HODInput} 2.23.42.0.7. */
  public static final ASN1ObjectIdentifier HOD_INPUT = ct(7);

  /** {@code setct-PI-TBS} 2.23.42.0.13: the dual-signed {hPIData, hOIData}. */
  public static final ASN1ObjectIdentifier PI_TBS = ct(13);

  /** {@code setct-AuthTokenTBS} 2.23.42.0.19. */
  public static final ASN1ObjectIdentifier AUTH_TOKEN_TBS = ct(19);

  /** {@code setct-CapTokenTBS} 2.23.42.0.21. */
  public static final ASN1ObjectIdentifier CAP_TOKEN_TBS = ct(21);

  /** {@code setct-PIDualSignedTBE} 2.23.42.0.50: the EX inside PIDualSigned. */
  public static final ASN1ObjectIdentifier PI_DUAL_SIGNED_TBE = ct(50);

  /** {@code setct-PIUnsignedTBE} 2.23.42.0.51: the EXH of an unsigned PI. */
  public static final ASN1ObjectIdentifier PI_UNSIGNED_TBE = ct(51);

  /** {@code setct-AuthTokenTBE} 2.23.42.0.55. */
  public static final ASN1ObjectIdentifier AUTH_TOKEN_TBE = ct(55);

  /** {@code setct-CapTokenTBE} 2.23.42.0.56. */
  public static final ASN1ObjectIdentifier CAP_TOKEN_TBE = ct(56);

  private SetContentTypes() {}

  private static ASN1ObjectIdentifier ct(int n) {
    return SetObjectIdentifiers.CONTENT_TYPES.branch(Integer.toString(n));
  }
}
