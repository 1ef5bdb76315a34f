package org.agentset.ca.reg;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.IssuanceService;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.PublicKeyHash;
import org.agentset.ca.issue.Serials;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.asn1.reg.IDData;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.cert.CertificateSpec;
import org.agentset.set.reg.AcquirerRecord;
import org.agentset.set.reg.CardVerdict;
import org.agentset.set.reg.EntityKind;
import org.agentset.set.reg.KeyAlreadyCertifiedException;
import org.agentset.set.reg.PendingRequest;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.RegistrationPolicy;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The CA's registration decisions over its schema, used inside the transaction answering one
 * request: forms per kind for the brand, card checks against {@code card_bin} (BIN of the brand,
 * Luhn, not expired), each cardholder certificate's CardSecret handed to the card's issuer over the
 * bank network ({@link IssuerDesk}), acquirer registrations from {@code acquirer_registration}
 * (enrolment code checked against its salted SHA-256), issuance through {@link IssuanceService},
 * pended requests in {@code registration_pending}.
 */
final class SchemaRegistrationPolicy implements RegistrationPolicy {

  static final int CARDHOLDER_FORM = 1;
  static final int MERCHANT_FORM = 2;
  static final int GATEWAY_FORM = 3;

  private final EntityManager em;
  private final IssuanceService issuance;
  private final CertificateQueries queries;
  private final Clock clock;
  private final String brand;
  private final IssuerDesk issuers;

  SchemaRegistrationPolicy(
      EntityManager em,
      IssuanceService issuance,
      CertificateQueries queries,
      Clock clock,
      String brand,
      IssuerDesk issuers) {
    this.em = em;
    this.issuance = issuance;
    this.queries = queries;
    this.clock = clock;
    this.brand = brand;
    this.issuers = issuers;
  }

  @Override
  public RegFormData form(EntityKind kind, String language) {
    Map<String, Boolean> fields = new LinkedHashMap<>();
    return switch (kind) {
      case CARDHOLDER -> {
        fields.put(RegistrationForms.CARDHOLDER_NAME, true);
        yield RegistrationForms.form(
            CARDHOLDER_FORM,
            brand
                + " cardholder certificate: your certificate names a keyed hash of your card,"
                + " never the card number; it is valid until the card expires.",
            fields);
      }
      case MERCHANT -> {
        fields.put(RegistrationForms.ENROLMENT_CODE, true);
        yield RegistrationForms.form(
            MERCHANT_FORM,
            "Merchant certificates are issued for the identity your acquirer registered; enter"
                + " the enrolment code your acquirer gave you.",
            fields);
      }
      case GATEWAY -> {
        fields.put(RegistrationForms.ENROLMENT_CODE, true);
        yield RegistrationForms.form(
            GATEWAY_FORM,
            "Payment gateway certificates are issued for the acquirer's registered gateway; enter"
                + " the enrolment code.",
            fields);
      }
    };
  }

  @Override
  public Optional<CardVerdict> refuseCard(String pan, YearMonth expiry) {
    List<?> bins =
        em.createNativeQuery("SELECT bin FROM ca.card_bin WHERE bin = ?1 AND brand = ?2")
            .setParameter(1, pan.substring(0, 6))
            .setParameter(2, brand)
            .getResultList();
    if (bins.isEmpty()) {
      return Optional.of(
          new CardVerdict(
              CertStatusCode.INVALID_BIN,
              "This card is not an " + brand + " card: its issuer does not register here."));
    }
    if (!RegistrationForms.luhn(pan)) {
      return Optional.of(
          new CardVerdict(
              CertStatusCode.REJECTED_BY_ISSUER,
              "The card number is not valid (check digit); check it and try again."));
    }
    if (expiry != null
        && RegistrationForms.expired(
            expiry, YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)))) {
      return Optional.of(
          new CardVerdict(CertStatusCode.REJECTED_BY_ISSUER, "The card has expired."));
    }
    return Optional.empty();
  }

  @Override
  public Optional<AcquirerRecord> acquirer(EntityKind kind, IDData id) {
    String bin;
    String merchantId;
    if (id.getMerchantAcquirerId() != null) {
      bin = id.getMerchantAcquirerId().getMerchantBin();
      merchantId = id.getMerchantAcquirerId().getMerchantId().toString();
    } else {
      bin = id.getAcquirerId().getAcquirerBin();
      merchantId = "";
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT reference, acquirer_bin, merchant_id, name, category_code, city,"
                    + " country_name, country_code, status, enrolment_salt, enrolment_hash"
                    + " FROM ca.acquirer_registration WHERE kind = ?1 AND acquirer_bin = ?2"
                    + " AND coalesce(merchant_id, '') = ?3")
            .setParameter(1, kind.name())
            .setParameter(2, bin)
            .setParameter(3, merchantId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    byte[] salt = (byte[]) r[9];
    byte[] hash = (byte[]) r[10];
    return Optional.of(
        new AcquirerRecord(
            kind,
            (String) r[0],
            ((String) r[1]).strip(),
            (String) r[2],
            (String) r[3],
            r[4] == null ? null : ((String) r[4]).strip(),
            (String) r[5],
            (String) r[6],
            ((Number) r[7]).intValue(),
            AcquirerRecord.Status.valueOf((String) r[8]),
            code -> MessageDigest.isEqual(hash, enrolmentHash(salt, code))));
  }

  /** SHA-256(salt || UTF-8 code), as the migration seeded. */
  static byte[] enrolmentHash(byte[] salt, String code) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(salt);
      return d.digest(code.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean certified(PublicKey key) {
    return queries.certifiedKey(PublicKeyHash.of(key)).isPresent();
  }

  @Override
  public X509Certificate issue(EntityKind kind, CertificateSpec spec, String requester)
      throws KeyAlreadyCertifiedException {
    CaName ca =
        switch (kind) {
          case CARDHOLDER -> CaName.CARDHOLDER;
          case MERCHANT -> CaName.MERCHANT;
          case GATEWAY -> CaName.GATEWAY;
        };
    try {
      return issuance.issue(ca, spec, "registration", requester);
    } catch (CaOperationException e) {
      if (e.kind() == CaOperationException.Kind.CONFLICT) {
        throw new KeyAlreadyCertifiedException();
      }
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public Optional<CardVerdict> handToIssuer(
      X509Certificate cardholder, String pan, YearMonth expiry, byte[] cardSecret) {
    return issuers.handOver(cardholder, pan, expiry, cardSecret);
  }

  @Override
  public void pend(PendingRequest p) {
    String reference = acquirer(p.kind(), p.idData()).map(AcquirerRecord::reference).orElseThrow();
    em.createNativeQuery(
            "INSERT INTO ca.registration_pending (lid_ca, kind, reference, id_data, public_key_s,"
                + " public_key_e, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, p.lidCa())
        .setParameter(2, p.kind().name())
        .setParameter(3, reference)
        .setParameter(4, der(p.idData()))
        .setParameter(5, der(p.signatureKey()))
        .setParameter(6, der(p.keyExchangeKey()))
        .setParameter(7, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  @Override
  public Optional<PendingRequest> pending(byte[] lidCa) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT kind, id_data, public_key_s, public_key_e, issued_serials"
                    + " FROM ca.registration_pending WHERE lid_ca = ?1")
            .setParameter(1, lidCa)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    List<X509Certificate> issued = List.of();
    if (r[4] != null && !((String) r[4]).isEmpty()) {
      issued =
          java.util.Arrays.stream(((String) r[4]).split(","))
              .map(s -> queries.bySerial(s).orElseThrow())
              .map(rec -> parse(rec.getDer()))
              .toList();
    }
    try {
      return Optional.of(
          new PendingRequest(
              lidCa,
              EntityKind.valueOf((String) r[0]),
              IDData.getInstance(ASN1Primitive.fromByteArray((byte[]) r[1])),
              SubjectPublicKeyInfo.getInstance((byte[]) r[2]),
              SubjectPublicKeyInfo.getInstance((byte[]) r[3]),
              issued));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored pending request does not decode", e);
    }
  }

  @Override
  public void resolve(byte[] lidCa, List<X509Certificate> issued) {
    em.createNativeQuery(
            "UPDATE ca.registration_pending SET resolved_at = ?2, issued_serials = ?3"
                + " WHERE lid_ca = ?1")
        .setParameter(1, lidCa)
        .setParameter(2, Timestamp.from(clock.instant()))
        .setParameter(
            3,
            issued.stream()
                .map(c -> Serials.of(c.getSerialNumber()))
                .collect(Collectors.joining(",")))
        .executeUpdate();
  }

  private static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          java.security.cert.CertificateFactory.getInstance("X.509")
              .generateCertificate(new java.io.ByteArrayInputStream(der));
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalStateException("a stored certificate does not decode", e);
    }
  }

  private static byte[] der(org.bouncycastle.asn1.ASN1Encodable v) {
    try {
      return v.toASN1Primitive().getEncoded("DER");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
