package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.app.IssuanceService;
import org.agentset.ca.issue.IssuePlanner;
import org.agentset.ca.issue.IssueRequest;
import org.agentset.ca.issue.MerchantDetails;
import org.agentset.set.cert.CertificateProfile;

/**
 * Issuing a merchant or payment-gateway certificate from a PKCS#10 request pasted by the
 * administrator, with the acquirer's registration data for merchants. Every check is the
 * service's; this page only collects the input and shows the outcome.
 */
@Named
@ViewScoped
public class IssueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private IssuanceService issuance;

  @EJB private AuditTrail audit;

  @Inject private ConsoleSession session;

  private CertificateProfile profile = CertificateProfile.MERCHANT_SIGNATURE;
  private String csr;
  private String merchantId;
  private String acquirerBin;
  private String name;
  private String city;
  private String stateProvince;
  private String postalCode;
  private String countryName = "Netherlands";
  private int countryCode = 528;
  private boolean mayAuthorise = true;
  private boolean cardCertRequired = true;
  private int validityDays = 365;

  public String issue() {
    MerchantDetails merchant =
        isMerchant()
            ? new MerchantDetails(
                merchantId, acquirerBin, name, city, stateProvince, postalCode, countryName, countryCode, mayAuthorise)
            : null;
    try {
      X509Certificate cert =
          issuance.issueFromRequest(
              new IssueRequest(profile, csr, merchant, cardCertRequired, validityDays), session.origin());
      String serial = cert.getSerialNumber().toString(16);
      Messages.info(
          "Certificate issued",
          new Formats().type(profile.name()) + " certificate " + serial + " for " + cert.getSubjectX500Principal().getName());
      return "/admin/certificate.xhtml?faces-redirect=true&serial=" + serial;
    } catch (CaOperationException e) {
      Messages.error("Not issued", e.getMessage());
      return null;
    } catch (EJBAccessException e) {
      audit.recordApart(
          session.getUsername(), "ISSUE", profile.name(), session.origin(),
          "refused: the operator lacks the ca-admin role (console)", AuditTrail.REFUSED);
      Messages.error("Not allowed", "Only a CA administrator may issue certificates.");
      return null;
    }
  }

  public boolean isMerchant() {
    return profile == CertificateProfile.MERCHANT_SIGNATURE
        || profile == CertificateProfile.MERCHANT_KEY_EXCHANGE;
  }

  public List<CertificateProfile> getProfiles() {
    return List.copyOf(IssuePlanner.PROFILES);
  }

  public CertificateProfile getProfile() {
    return profile;
  }

  public void setProfile(CertificateProfile profile) {
    this.profile = profile;
  }

  public String getCsr() {
    return csr;
  }

  public void setCsr(String csr) {
    this.csr = csr;
  }

  public String getMerchantId() {
    return merchantId;
  }

  public void setMerchantId(String merchantId) {
    this.merchantId = merchantId;
  }

  public String getAcquirerBin() {
    return acquirerBin;
  }

  public void setAcquirerBin(String acquirerBin) {
    this.acquirerBin = acquirerBin;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getStateProvince() {
    return stateProvince;
  }

  public void setStateProvince(String stateProvince) {
    this.stateProvince = stateProvince;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountryName() {
    return countryName;
  }

  public void setCountryName(String countryName) {
    this.countryName = countryName;
  }

  public int getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(int countryCode) {
    this.countryCode = countryCode;
  }

  public boolean isMayAuthorise() {
    return mayAuthorise;
  }

  public void setMayAuthorise(boolean mayAuthorise) {
    this.mayAuthorise = mayAuthorise;
  }

  public boolean isCardCertRequired() {
    return cardCertRequired;
  }

  public void setCardCertRequired(boolean cardCertRequired) {
    this.cardCertRequired = cardCertRequired;
  }

  public int getValidityDays() {
    return validityDays;
  }

  public void setValidityDays(int validityDays) {
    this.validityDays = validityDays;
  }
}
