package org.agentset.ca.present;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.cert.SetCertificateInfo;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Every extension of a certificate in words an operator reads: name, OID, criticality and the
 * decoded value (key usage bits, constraints, key identifiers, CRL and OCSP URLs, policies, and
 * SET's private extensions through set-core's strict decoders). An extension that does not decode
 * is shown as such with its raw length, never hidden.
 */
public final class ExtensionDescriber {

  /** One row of the extensions table. */
  public record Row(String name, String oid, boolean critical, String value) {}

  private static final Map<ASN1ObjectIdentifier, String> NAMES =
      Map.ofEntries(
          Map.entry(Extension.keyUsage, "Key usage"),
          Map.entry(Extension.basicConstraints, "Basic constraints"),
          Map.entry(Extension.subjectKeyIdentifier, "Subject key identifier"),
          Map.entry(Extension.authorityKeyIdentifier, "Authority key identifier"),
          Map.entry(Extension.certificatePolicies, "Certificate policies"),
          Map.entry(Extension.cRLDistributionPoints, "CRL distribution points"),
          Map.entry(Extension.authorityInfoAccess, "Authority information access"),
          Map.entry(SetCertObjectIdentifiers.CERTIFICATE_TYPE, "SET certificate type"),
          Map.entry(SetCertObjectIdentifiers.AGENT_CERTIFICATE_TYPE, "AgentSET certificate type"),
          Map.entry(SetCertObjectIdentifiers.HASHED_ROOT_KEY, "SET hashed root key"),
          Map.entry(SetCertObjectIdentifiers.MERCHANT_DATA, "SET merchant data"),
          Map.entry(SetCertObjectIdentifiers.CARD_CERT_REQUIRED, "SET card certificate required"),
          Map.entry(SetCertObjectIdentifiers.TUNNELING, "SET tunneling"));

  private ExtensionDescriber() {}

  /** The rows for {@code certificate}, in the order the certificate lists its extensions. */
  public static List<Row> describe(X509Certificate certificate) {
    X509CertificateHolder holder;
    SetCertificateInfo info;
    try {
      holder = new X509CertificateHolder(certificate.getEncoded());
    } catch (Exception e) {
      return List.of(new Row("(certificate)", "", false, "does not decode"));
    }
    try {
      info = SetCertificateInfo.of(certificate);
    } catch (MalformedCertExtensionException e) {
      info = null;
    }
    List<Row> rows = new ArrayList<>();
    for (Object o : holder.getExtensions().getExtensionOIDs()) {
      ASN1ObjectIdentifier oid = (ASN1ObjectIdentifier) o;
      Extension ext = holder.getExtension(oid);
      String value;
      try {
        value = value(oid, ext, info);
      } catch (RuntimeException e) {
        value = "(does not decode: " + ext.getExtnValue().getOctets().length + " bytes)";
      }
      rows.add(new Row(NAMES.getOrDefault(oid, "Extension"), oid.getId(), ext.isCritical(), value));
    }
    return rows;
  }

  private static String value(ASN1ObjectIdentifier oid, Extension ext, SetCertificateInfo info) {
    ASN1Encodable parsed = ext.getParsedValue();
    if (oid.equals(Extension.keyUsage)) {
      return keyUsage(KeyUsage.getInstance(parsed));
    }
    if (oid.equals(Extension.basicConstraints)) {
      BasicConstraints bc = BasicConstraints.getInstance(parsed);
      return bc.isCA()
          ? "CA" + (bc.getPathLenConstraint() == null ? "" : ", path length ≤ " + bc.getPathLenConstraint())
          : "end entity";
    }
    if (oid.equals(Extension.subjectKeyIdentifier) || oid.equals(Extension.authorityKeyIdentifier)) {
      byte[] id =
          oid.equals(Extension.subjectKeyIdentifier)
              ? org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(parsed).getKeyIdentifier()
              : org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.getInstance(parsed).getKeyIdentifier();
      return id == null ? "(none)" : colons(id);
    }
    if (oid.equals(Extension.cRLDistributionPoints)) {
      List<String> uris = new ArrayList<>();
      for (DistributionPoint dp : CRLDistPoint.getInstance(parsed).getDistributionPoints()) {
        for (GeneralName n : GeneralNames.getInstance(dp.getDistributionPoint().getName()).getNames()) {
          uris.add(uri(n));
        }
      }
      return String.join(", ", uris);
    }
    if (oid.equals(Extension.authorityInfoAccess)) {
      List<String> out = new ArrayList<>();
      for (AccessDescription ad : AuthorityInformationAccess.getInstance(parsed).getAccessDescriptions()) {
        String method = ad.getAccessMethod().equals(X509ObjectIdentifiers.id_ad_ocsp) ? "OCSP" : ad.getAccessMethod().getId();
        out.add(method + ": " + uri(ad.getAccessLocation()));
      }
      return String.join(", ", out);
    }
    if (oid.equals(Extension.certificatePolicies)) {
      List<String> out = new ArrayList<>();
      for (PolicyInformation p : CertificatePolicies.getInstance(parsed).getPolicyInformation()) {
        out.add(
            p.getPolicyIdentifier().equals(SetCertObjectIdentifiers.SET_POLICY_ROOT)
                ? "set-policy-root (" + p.getPolicyIdentifier().getId() + ")"
                : p.getPolicyIdentifier().getId());
      }
      return String.join(", ", out);
    }
    if (info != null) {
      Function<SetCertificateInfo, String> set = SET.get(oid);
      if (set != null) {
        return set.apply(info);
      }
    }
    return ext.getExtnValue().getOctets().length + " bytes";
  }

  private static final Map<ASN1ObjectIdentifier, Function<SetCertificateInfo, String>> SET =
      Map.of(
          SetCertObjectIdentifiers.CERTIFICATE_TYPE,
          i -> i.profile().map(Enum::name).orElse("?") + " (" + i.certificateType().map(t -> t.entities().toString()).orElse("") + ")",
          SetCertObjectIdentifiers.AGENT_CERTIFICATE_TYPE,
          i -> i.agentCertificateType().map(t -> t.role().name()).orElse("?"),
          SetCertObjectIdentifiers.HASHED_ROOT_KEY,
          i -> "commits to the successor root key (rollover)",
          SetCertObjectIdentifiers.MERCHANT_DATA,
          i ->
              i.merchantData()
                  .map(
                      m -> {
                        MerNames n = m.names().get(0);
                        return "merchant "
                            + m.merId()
                            + ", acquirer BIN "
                            + m.acquirerBin()
                            + ", "
                            + n.name()
                            + ", "
                            + n.city()
                            + ", "
                            + n.countryName()
                            + " ("
                            + m.country()
                            + "), authorisations "
                            + (m.authFlag() ? "allowed" : "not allowed");
                      })
                  .orElse("?"),
          SetCertObjectIdentifiers.CARD_CERT_REQUIRED,
          i -> i.cardCertRequired().map(c -> c.required() ? "yes" : "no").orElse("?"),
          SetCertObjectIdentifiers.TUNNELING,
          i -> i.tunneling().map(t -> "tunneling " + (t.tunneling() ? "offered" : "not offered")).orElse("?"));

  private static String keyUsage(KeyUsage ku) {
    String[] names = {
      "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
      "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"
    };
    int[] bits = {
      KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
      KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
      KeyUsage.encipherOnly, KeyUsage.decipherOnly
    };
    List<String> on = new ArrayList<>();
    for (int i = 0; i < bits.length; i++) {
      if (ku.hasUsages(bits[i])) {
        on.add(names[i]);
      }
    }
    return String.join(", ", on);
  }

  private static String uri(GeneralName n) {
    return n.getTagNo() == GeneralName.uniformResourceIdentifier
        ? ASN1IA5String.getInstance(n.getName()).getString()
        : n.toString();
  }

  /** {@code 0A:1B:...} upper-case hex, as OpenSSL shows identifiers. */
  public static String colons(byte[] bytes) {
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
  }
}
