package org.agentset.ca.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.db.ca.BciRecord;
import org.agentset.db.ca.CrlRecord;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** CRL publication history (per CA or all, paged) and the latest BrandCRLIdentifiers. */
@Named
@ViewScoped
public class CrlsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateQueries queries;

  private String ca;
  private List<BciRecord> bcis;

  private final LazyDataModel<CrlRecord> crls =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queries.crlCount(blank(ca));
        }

        @Override
        public List<CrlRecord> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return queries.crls(blank(ca), first, pageSize);
        }

        @Override
        public String getRowKey(CrlRecord r) {
          return String.valueOf(r.getId());
        }
      };

  @PostConstruct
  void load() {
    bcis = queries.bcis(10);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public LazyDataModel<CrlRecord> getCrls() {
    return crls;
  }

  public List<BciRecord> getBcis() {
    return bcis;
  }

  public List<String> getCas() {
    return java.util.Arrays.stream(CaName.values()).map(CaName::id).toList();
  }

  public String getCa() {
    return ca;
  }

  public void setCa(String ca) {
    this.ca = ca;
  }
}
