package org.agentset.set.cert;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * SET certification-path validation: from a leaf up to a trusted root (or to a new root that a
 * trusted root committed to with hashedRootKey), checking at every position the certificate type
 * and who may issue it, key usage, basic constraints and path length, the SET policy, validity at
 * the clock's instant, the issuer's signature, and revocation by the issuer's current CRL as listed
 * in the brand's BrandCRLIdentifier.
 *
 * <p>Structural rules are checked for the whole path first (top down), then BCI and revocation, so
 * the first failure reported is the most fundamental one. Every failure is a {@link
 * SetPathValidationException} naming the {@link PathRule} and the position (0 = leaf).
 *
 * <p>Thread-safe; the trust store is fixed at construction ({@link #withTrustedRoot} makes a new
 * validator after a rollover).
 */
public final class SetPathValidator {

  /** Longest chain accepted: root, brand, geo, CA, leaf, plus slack for a rollover root. */
  public static final int MAX_CHAIN = 6;

  private static final Set<String> PROCESSED_CRITICAL =
      Set.of(
          Extension.keyUsage.getId(),
          Extension.basicConstraints.getId(),
          Extension.certificatePolicies.getId(),
          SetCertObjectIdentifiers.CERTIFICATE_TYPE.getId(),
          SetCertObjectIdentifiers.HASHED_ROOT_KEY.getId());

  private final Provider provider;
  private final Clock clock;
  private final List<X509Certificate> roots;
  private final List<SetCertificateInfo> rootInfos;
  private final RevocationChecker revocation;

  /**
   * @param provider the Bouncy Castle provider object
   * @param clock the validation instant's source
   * @param trustedRoots self-signed ROOT-profile certificates
   * @throws IllegalArgumentException if a trusted certificate is not a self-signed SET root
   */
  public SetPathValidator(
      Provider provider, Clock clock, Collection<X509Certificate> trustedRoots) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.roots = List.copyOf(trustedRoots);
    List<SetCertificateInfo> infos = new ArrayList<>();
    for (X509Certificate root : roots) {
      SetCertificateInfo info = SetCertificateInfo.of(root);
      if (info.profile().orElse(null) != CertificateProfile.ROOT || !selfSigned(root)) {
        throw new IllegalArgumentException(
            "not a self-signed SET root: " + root.getSubjectX500Principal());
      }
      infos.add(info);
    }
    this.rootInfos = List.copyOf(infos);
    this.revocation = new RevocationChecker(new BrandCrlIdentifiers(provider, clock), provider);
  }

  /** A validator that also trusts {@code newRoot}, once {@link #acceptRolloverRoot} accepted it. */
  public SetPathValidator withTrustedRoot(X509Certificate newRoot) {
    List<X509Certificate> more = new ArrayList<>(roots);
    more.add(newRoot);
    return new SetPathValidator(provider, clock, more);
  }

  /**
   * Accepts a successor root distributed electronically: it must be a valid self-signed SET root
   * whose public key hashes to the hashedRootKey of a trusted root.
   *
   * @throws SetPathValidationException {@link PathRule#ROOT_ROLLOVER} when no trusted root commits
   *     to its key, or the rule its self-signature or validity breaks (position 0)
   */
  public X509Certificate acceptRolloverRoot(X509Certificate newRoot)
      throws SetPathValidationException {
    return rolloverRoot(newRoot, 0, clock.instant());
  }

  /**
   * Validates {@code chain} (leaf first; the root may be included or left out).
   *
   * @throws SetPathValidationException naming the first rule that fails and where
   */
  public ValidatedPath validate(List<X509Certificate> chain, RevocationData revocationData)
      throws SetPathValidationException {
    if (chain == null || chain.isEmpty() || chain.size() > MAX_CHAIN) {
      throw new SetPathValidationException(
          PathRule.CHAIN_SHAPE, 0, "chain must hold 1.." + MAX_CHAIN + " certificates");
    }
    Instant now = clock.instant();
    int n = chain.size();
    X509Certificate top = chain.get(n - 1);
    X509Certificate anchor;
    int body;
    boolean rollover = false;
    if (selfSigned(top)) {
      body = n - 1;
      if (isTrusted(top)) {
        anchor = top;
      } else {
        anchor = rolloverRoot(top, n - 1, now);
        rollover = true;
      }
    } else {
      body = n;
      anchor = trustedIssuerOf(top, n - 1);
    }
    SetCertificateInfo anchorInfo = SetCertificateInfo.of(anchor);
    checkValidity(anchor, body, now);
    int remaining = anchorInfo.pathLength() < 0 ? Integer.MAX_VALUE : anchorInfo.pathLength();
    List<PathLink> links = new ArrayList<>();
    X509Certificate issuer = anchor;
    SetCertificateInfo issuerInfo = anchorInfo;
    for (int i = body - 1; i >= 0; i--) {
      X509Certificate cert = chain.get(i);
      SetCertificateInfo info = decode(cert, i);
      CertificateProfile profile = checkStructure(cert, info, i);
      checkIssuer(cert, info, issuer, issuerInfo, i);
      checkValidity(cert, i, now);
      CertificateProfile issuerProfile = issuerInfo.profile().orElseThrow();
      if (!profile.allowedIssuers().contains(issuerProfile)) {
        throw new SetPathValidationException(
            PathRule.ISSUER_TYPE, i, profile + " issued by " + issuerProfile);
      }
      if (profile.isCa()) {
        if (remaining <= 0) {
          throw new SetPathValidationException(
              PathRule.PATH_LENGTH, i, "CA certificate beyond the allowed path length");
        }
        remaining =
            Math.min(remaining - 1, info.pathLength() < 0 ? Integer.MAX_VALUE : info.pathLength());
      }
      links.add(new PathLink(cert, info, profile, i, issuer, issuerProfile));
      issuer = cert;
      issuerInfo = info;
    }
    revocation.check(links, revocationData, now);
    List<X509Certificate> path = new ArrayList<>(chain.subList(0, body));
    path.add(anchor);
    PathLink leaf = links.isEmpty() ? null : links.get(links.size() - 1);
    return leaf == null
        ? new ValidatedPath(path, anchorInfo, CertificateProfile.ROOT, anchor, rollover)
        : new ValidatedPath(path, leaf.info(), leaf.profile(), anchor, rollover);
  }

  private static SetCertificateInfo decode(X509Certificate cert, int position)
      throws SetPathValidationException {
    try {
      return SetCertificateInfo.of(cert);
    } catch (MalformedCertExtensionException e) {
      throw new SetPathValidationException(
          PathRule.MALFORMED_EXTENSION, position, e.getMessage(), e);
    }
  }

  /** Critical extensions, basic constraints, type, key usage and policy of one certificate. */
  private static CertificateProfile checkStructure(
      X509Certificate cert, SetCertificateInfo info, int i) throws SetPathValidationException {
    Set<String> critical = cert.getCriticalExtensionOIDs();
    if (critical != null) {
      for (String oid : critical) {
        if (!PROCESSED_CRITICAL.contains(oid)) {
          throw new SetPathValidationException(
              PathRule.CRITICAL_EXTENSION, i, "unprocessed critical extension " + oid);
        }
      }
    }
    if (!info.hasBasicConstraints()) {
      throw new SetPathValidationException(
          PathRule.BASIC_CONSTRAINTS, i, "basicConstraints missing");
    }
    boolean certSigning = info.purpose().orElse(null) == KeyPurpose.CERTIFICATE_SIGNING;
    if (certSigning && !info.isCa()) {
      throw new SetPathValidationException(PathRule.BASIC_CONSTRAINTS, i, "keyCertSign without cA");
    }
    CertificateProfile profile =
        info.profile()
            .orElseThrow(
                () ->
                    new SetPathValidationException(
                        PathRule.CERTIFICATE_TYPE, i, "no AgentSET profile fits"));
    if (profile == CertificateProfile.ROOT) {
      throw new SetPathValidationException(
          PathRule.ISSUER_TYPE, i, "a root certificate below another certificate");
    }
    // a wallet certificate issued before wallets' keys were certified for key agreement too
    // (signature only) is still a wallet's; it cannot receive payment starts (PaymentStarts)
    boolean legacyWallet =
        profile == CertificateProfile.WALLET && info.purpose().orElse(null) == KeyPurpose.SIGNATURE;
    if (info.purpose().orElse(null) != profile.purpose() && !legacyWallet) {
      throw new SetPathValidationException(
          PathRule.KEY_USAGE,
          i,
          profile
              + " needs "
              + profile.purpose()
              + ", keyUsage allows "
              + info.purpose().orElse(null));
    }
    var keyProblem =
        KeyPolicy.problem(cert, legacyWallet ? KeyPurpose.SIGNATURE : profile.purpose());
    if (keyProblem.isPresent()) {
      throw new SetPathValidationException(PathRule.KEY_ALGORITHM, i, keyProblem.get());
    }
    if (!info.hasSetPolicy()) {
      throw new SetPathValidationException(PathRule.POLICY, i, "set-policy-root missing");
    }
    return profile;
  }

  private void checkIssuer(
      X509Certificate cert,
      SetCertificateInfo info,
      X509Certificate issuer,
      SetCertificateInfo issuerInfo,
      int i)
      throws SetPathValidationException {
    if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      throw new SetPathValidationException(
          PathRule.ISSUER_MISMATCH, i, "issuer name is not the next certificate's subject");
    }
    byte[] aki = info.authorityKeyId();
    byte[] ski = issuerInfo.subjectKeyId();
    if (aki != null && ski != null && !Arrays.equals(aki, ski)) {
      throw new SetPathValidationException(
          PathRule.ISSUER_MISMATCH, i, "authorityKeyIdentifier is not the issuer's key");
    }
    try {
      cert.verify(issuer.getPublicKey(), provider);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetPathValidationException(
          PathRule.SIGNATURE, i, "signature does not verify with the issuer key", e);
    }
  }

  private static void checkValidity(X509Certificate cert, int i, Instant now)
      throws SetPathValidationException {
    if (now.isBefore(cert.getNotBefore().toInstant())) {
      throw new SetPathValidationException(
          PathRule.NOT_YET_VALID, i, "valid from " + cert.getNotBefore().toInstant());
    }
    if (now.isAfter(cert.getNotAfter().toInstant())) {
      throw new SetPathValidationException(
          PathRule.EXPIRED, i, "expired " + cert.getNotAfter().toInstant());
    }
  }

  private X509Certificate rolloverRoot(X509Certificate candidate, int position, Instant now)
      throws SetPathValidationException {
    SetCertificateInfo info = decode(candidate, position);
    if (info.profile().orElse(null) != CertificateProfile.ROOT || !selfSigned(candidate)) {
      throw new SetPathValidationException(
          PathRule.UNKNOWN_ROOT, position, "untrusted self-signed certificate");
    }
    SubjectPublicKeyInfo spki =
        SubjectPublicKeyInfo.getInstance(candidate.getPublicKey().getEncoded());
    boolean committed =
        rootInfos.stream()
            .anyMatch(r -> r.hashedRootKey().map(h -> h.commitsTo(spki)).orElse(false));
    if (!committed) {
      throw new SetPathValidationException(
          PathRule.ROOT_ROLLOVER,
          position,
          "no trusted root's hashedRootKey commits to this root's key");
    }
    try {
      candidate.verify(candidate.getPublicKey(), provider);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SetPathValidationException(
          PathRule.SIGNATURE, position, "root self-signature does not verify", e);
    }
    checkValidity(candidate, position, now);
    return candidate;
  }

  /**
   * The trusted root that issued {@code top}: same name and, when {@code top} names a key, the same
   * key identifier. A root that matches but whose key does not verify is returned so the signature
   * rule reports it; a root of the same name with another key is not the issuer.
   */
  private X509Certificate trustedIssuerOf(X509Certificate top, int position)
      throws SetPathValidationException {
    byte[] aki = decode(top, position).authorityKeyId();
    X509Certificate sameKey = null;
    for (int i = 0; i < roots.size(); i++) {
      X509Certificate root = roots.get(i);
      if (!root.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
        continue;
      }
      byte[] ski = rootInfos.get(i).subjectKeyId();
      if (aki != null && ski != null && !Arrays.equals(aki, ski)) {
        continue;
      }
      try {
        top.verify(root.getPublicKey(), provider);
        return root;
      } catch (GeneralSecurityException | RuntimeException e) {
        sameKey = sameKey == null ? root : sameKey;
      }
    }
    if (sameKey == null) {
      throw new SetPathValidationException(
          PathRule.UNKNOWN_ROOT,
          position,
          "issuer " + top.getIssuerX500Principal() + " is not a trusted root");
    }
    return sameKey;
  }

  private boolean isTrusted(X509Certificate cert) {
    try {
      for (X509Certificate root : roots) {
        if (Arrays.equals(root.getEncoded(), cert.getEncoded())) {
          return true;
        }
      }
      return false;
    } catch (CertificateEncodingException e) {
      return false;
    }
  }

  private static boolean selfSigned(X509Certificate cert) {
    return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
  }
}
