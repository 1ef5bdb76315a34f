package org.agentset.set.msg;

import java.security.Provider;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.OnlineRevocation;
import org.agentset.set.cert.PathRule;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidationException;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.cert.Thumbprint;
import org.agentset.set.cert.ValidatedPath;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;

/**
 * How a party decides that a certificate a peer sent may be used for a role: build the path from
 * the certificates carried in the message and the party's cache of CA certificates, validate it
 * with {@link SetPathValidator} against the party's roots and current revocation data (CRLs, BCI),
 * and check that the leaf is of the SET type the role needs (a cardholder certificate for a dual
 * signature, a gateway key-exchange certificate for a PI, ...). Failures become {@link
 * SetProtocolException}s naming the certificate at fault.
 *
 * <p>Optionally a party caches positive results, as SET parties cache the certificates of their
 * peers (thumbprints): a certificate validated for a role is not validated again for {@code
 * cacheFor}, as long as the revocation supplier keeps returning the same {@link RevocationData}
 * object (new CRLs or a new BCI empty the cache) and no certificate of the path nor CRL expires
 * meanwhile. Failures are never cached.
 */
public final class CertificateTrust {

  private final Provider provider;
  private final SetPathValidator validator;
  private final Supplier<RevocationData> revocation;
  private final List<X509Certificate> known;
  private final Duration cacheFor;
  private final Clock clock;
  private final Map<String, Instant> validated = new ConcurrentHashMap<>();
  private volatile RevocationData cachedUnder;
  private final OnlineRevocation online;

  /** A trust that validates every path every time. */
  public CertificateTrust(
      Provider provider,
      SetPathValidator validator,
      Supplier<RevocationData> revocation,
      Collection<X509Certificate> known) {
    this(provider, validator, revocation, known, Duration.ZERO, null);
  }

  /**
   * @param provider the Bouncy Castle provider object, to read certificates
   * @param validator the party's validator (its roots and clock)
   * @param revocation the party's current CRLs and BCI, asked at every validation
   * @param known CA certificates the party already holds (SET's thumbprint cache)
   * @param cacheFor how long a validated certificate stays trusted without revalidation
   * @param clock the clock of the cache (the validator's)
   */
  public CertificateTrust(
      Provider provider,
      SetPathValidator validator,
      Supplier<RevocationData> revocation,
      Collection<X509Certificate> known,
      Duration cacheFor,
      Clock clock) {
    this(provider, validator, revocation, known, cacheFor, clock, null);
  }

  /**
   * As above, and asks {@code online} (OCSP) about every leaf whose issuer is among the carried or
   * known CA certificates, at every validation (cached or not; the online check keeps its own
   * cache) and before the CRL/BCI path validation, so a revocation the cached CRLs do not list yet
   * is refused. An answer the online check cannot have leaves the decision to the CRLs and BCI.
   */
  public CertificateTrust(
      Provider provider,
      SetPathValidator validator,
      Supplier<RevocationData> revocation,
      Collection<X509Certificate> known,
      Duration cacheFor,
      Clock clock,
      OnlineRevocation online) {
    this.online = online;
    this.provider = Objects.requireNonNull(provider, "provider");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.revocation = Objects.requireNonNull(revocation, "revocation");
    this.known = List.copyOf(known);
    this.cacheFor = Objects.requireNonNull(cacheFor, "cacheFor");
    this.clock = cacheFor.isZero() ? null : Objects.requireNonNull(clock, "clock");
  }

  /** The certificates a message carried, read for path building. */
  public List<X509Certificate> read(Collection<X509CertificateHolder> carried, String field)
      throws SetProtocolException {
    List<X509Certificate> out = new ArrayList<>();
    for (X509CertificateHolder h : carried) {
      out.add(Certificates.x509(h, provider, field));
    }
    return out;
  }

  /**
   * The certificate that {@code sid} names among {@code carried}, validated for {@code expected}.
   *
   * @throws SetProtocolException {@link Refusal#CERTIFICATE_MISSING} when no carried certificate is
   *     the signer's; else as {@link #validate}
   */
  public X509Certificate signer(
      SignerId sid, List<X509CertificateHolder> carried, CertificateProfile expected, String field)
      throws SetProtocolException {
    X509CertificateHolder match = null;
    for (X509CertificateHolder h : carried) {
      if (sid.match(h)) {
        match = h;
        break;
      }
    }
    if (match == null) {
      throw new SetProtocolException(Refusal.CERTIFICATE_MISSING, field);
    }
    List<X509Certificate> pool = read(carried, field);
    return validate(Certificates.x509(match, provider, field), pool, expected, field);
  }

  /**
   * The first certificate of {@code pool} that {@code which} accepts, validated for {@code
   * expected}.
   *
   * @throws SetProtocolException {@link Refusal#CERTIFICATE_MISSING} when there is none
   */
  public X509Certificate find(
      Predicate<X509Certificate> which,
      List<X509Certificate> pool,
      CertificateProfile expected,
      String field)
      throws SetProtocolException {
    for (X509Certificate c : pool) {
      if (which.test(c)) {
        return validate(c, pool, expected, field);
      }
    }
    throw new SetProtocolException(Refusal.CERTIFICATE_MISSING, field);
  }

  /**
   * Validates {@code leaf}'s path, built from {@code pool} and the known CA certificates, and
   * checks its SET type.
   *
   * @throws SetProtocolException {@link Refusal#CERTIFICATE_REVOKED}, {@link
   *     Refusal#CERTIFICATE_EXPIRED} or {@link Refusal#CERTIFICATE_INVALID} for a path that fails,
   *     {@link Refusal#WRONG_CERTIFICATE_TYPE} for a valid certificate of another type
   */
  public X509Certificate validate(
      X509Certificate leaf, List<X509Certificate> pool, CertificateProfile expected, String field)
      throws SetProtocolException {
    checkOnline(leaf, pool, field);
    RevocationData current = revocation.get();
    String key = cacheKey(leaf, expected, current);
    if (key != null) {
      Instant until = validated.get(key);
      if (until != null && clock.instant().isBefore(until)) {
        return leaf;
      }
    }
    List<X509Certificate> chain = chain(leaf, pool);
    ValidatedPath path;
    try {
      path = validator.validate(chain, current);
    } catch (SetPathValidationException e) {
      X509Certificate atFault = chain.get(Math.min(e.position(), chain.size() - 1));
      throw new SetProtocolException(
          refusal(e.rule()),
          refusal(e.rule()).errorCode(),
          field,
          null,
          Certificates.thumb(atFault),
          e);
    } catch (RuntimeException e) {
      throw new SetProtocolException(Refusal.CERTIFICATE_INVALID, field, e);
    }
    if (path.leafProfile() != expected) {
      throw new SetProtocolException(
          Refusal.WRONG_CERTIFICATE_TYPE,
          Refusal.WRONG_CERTIFICATE_TYPE.errorCode(),
          field,
          null,
          Certificates.thumb(leaf),
          null);
    }
    if (key != null) {
      validated.put(key, cacheUntil(path, current));
    }
    return leaf;
  }

  /**
   * Asks the online check about {@code leaf} with its issuer from the carried and known CA
   * certificates. An issuer that is not genuine can only make the check refuse its own leaf (the
   * answer must be signed by it); a "good" answer never skips the path validation that follows.
   */
  private void checkOnline(X509Certificate leaf, List<X509Certificate> pool, String field)
      throws SetProtocolException {
    if (online == null || selfIssued(leaf)) {
      return;
    }
    List<X509Certificate> candidates = new ArrayList<>(pool);
    candidates.addAll(known);
    X509Certificate issuer = issuerOf(leaf, candidates);
    if (issuer == null) {
      return;
    }
    try {
      online.check(leaf, issuer);
    } catch (SetPathValidationException e) {
      Refusal r = refusal(e.rule());
      throw new SetProtocolException(r, r.errorCode(), field, null, Certificates.thumb(leaf), e);
    }
  }

  /** The cache key, or null when not caching; a new RevocationData object empties the cache. */
  private String cacheKey(X509Certificate leaf, CertificateProfile expected, RevocationData rd) {
    if (clock == null) {
      return null;
    }
    if (cachedUnder != rd) {
      validated.clear();
      cachedUnder = rd;
    }
    return expected + ":" + HexFormat.of().formatHex(Thumbprint.of(leaf).bytes());
  }

  private Instant cacheUntil(ValidatedPath path, RevocationData rd) {
    Instant until = clock.instant().plus(cacheFor);
    for (X509Certificate c : path.certificates()) {
      until = earlier(until, c.getNotAfter().toInstant());
    }
    for (X509CRL crl : rd.crls()) {
      if (crl.getNextUpdate() != null) {
        until = earlier(until, crl.getNextUpdate().toInstant());
      }
    }
    return until;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The path from {@code leaf} upwards through {@code pool} and the known CAs, root excluded. */
  private List<X509Certificate> chain(X509Certificate leaf, List<X509Certificate> pool) {
    List<X509Certificate> candidates = new ArrayList<>(pool);
    candidates.addAll(known);
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(leaf);
    X509Certificate current = leaf;
    while (chain.size() < SetPathValidator.MAX_CHAIN && !selfIssued(current)) {
      X509Certificate issuer = issuerOf(current, candidates);
      if (issuer == null || selfIssued(issuer) || chain.contains(issuer)) {
        break;
      }
      chain.add(issuer);
      current = issuer;
    }
    return chain;
  }

  private static X509Certificate issuerOf(X509Certificate cert, List<X509Certificate> candidates) {
    byte[] aki = keyIds(cert)[0];
    for (X509Certificate c : candidates) {
      if (c.getSubjectX500Principal().equals(cert.getIssuerX500Principal())
          && (aki == null || Arrays.equals(aki, keyIds(c)[1]))) {
        return c;
      }
    }
    return null;
  }

  /** {authorityKeyId, subjectKeyId}, each null when absent or unreadable. */
  private static byte[][] keyIds(X509Certificate cert) {
    byte[] aki = null;
    byte[] ski = null;
    try {
      byte[] a = cert.getExtensionValue(Extension.authorityKeyIdentifier.getId());
      if (a != null) {
        aki =
            AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(a).getOctets())
                .getKeyIdentifier();
      }
      byte[] s = cert.getExtensionValue(Extension.subjectKeyIdentifier.getId());
      if (s != null) {
        ski =
            SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(s).getOctets())
                .getKeyIdentifier();
      }
    } catch (RuntimeException e) {
      // an unreadable identifier matches nothing; the validator names the extension
    }
    return new byte[][] {aki, ski};
  }

  private static boolean selfIssued(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
  }

  private static Refusal refusal(PathRule rule) {
    return switch (rule) {
      case REVOKED -> Refusal.CERTIFICATE_REVOKED;
      case EXPIRED, NOT_YET_VALID -> Refusal.CERTIFICATE_EXPIRED;
      default -> Refusal.CERTIFICATE_INVALID;
    };
  }
}
