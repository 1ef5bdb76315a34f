package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.agentset.ca.app.CertificateFilter;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.db.ca.CertificateRecord;
import org.agentset.set.cert.CertificateProfile;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Certificate search: by type, status, subject fragment, issuing CA and issue date, paged from the
 * database (the list is never loaded whole), newest first.
 */
@Named
@ViewScoped
public class CertificatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateQueries queries;

  private String type;
  private String status;
  private String subject;
  private String ca;
  private LocalDate issuedFrom;
  private LocalDate issuedTo;

  private final LazyDataModel<CertificateRecord> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, queries.count(filter()));
        }

        @Override
        public List<CertificateRecord> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return queries.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CertificateRecord r) {
          return r.getSerialHex();
        }
      };

  private CertificateFilter filter() {
    return new CertificateFilter(
        blank(type),
        blank(status),
        blank(subject),
        issuedFrom == null ? null : issuedFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
        issuedTo == null ? null : issuedTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        blank(ca));
  }

  /** Clears every filter. */
  public void reset() {
    type = null;
    status = null;
    subject = null;
    ca = null;
    issuedFrom = null;
    issuedTo = null;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public LazyDataModel<CertificateRecord> getModel() {
    return model;
  }

  public List<String> getTypes() {
    return java.util.Arrays.stream(CertificateProfile.values()).map(Enum::name).toList();
  }

  public List<String> getCas() {
    return java.util.Arrays.stream(CaName.values()).map(CaName::id).toList();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getCa() {
    return ca;
  }

  public void setCa(String ca) {
    this.ca = ca;
  }

  public LocalDate getIssuedFrom() {
    return issuedFrom;
  }

  public void setIssuedFrom(LocalDate issuedFrom) {
    this.issuedFrom = issuedFrom;
  }

  public LocalDate getIssuedTo() {
    return issuedTo;
  }

  public void setIssuedTo(LocalDate issuedTo) {
    this.issuedTo = issuedTo;
  }
}
