package org.agentset.ca.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.db.ca.Authority;
import org.agentset.db.ca.CertificateRecord;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The hierarchy as a tree: each CA under its parent, with its certificate-signing certificate and,
 * for the cardholder, merchant and gateway CAs, its message-signing and key-exchange certificates.
 */
@Named
@ViewScoped
public class HierarchyView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a tree node shows. */
  public record Node(
      String label, String kind, String serial, String status, String validUntil, String detail)
      implements Serializable {}

  @EJB private CertificateQueries queries;

  private TreeNode<Node> root;

  @PostConstruct
  void load() {
    Formats fmt = new Formats();
    root = new DefaultTreeNode<>(new Node("", "", null, "", "", ""), null);
    Map<String, TreeNode<Node>> byName = new HashMap<>();
    List<Authority> parentsFirst = new ArrayList<>(queries.authorities());
    parentsFirst.sort(
        Comparator.comparingInt(
            (Authority a) -> CaName.byId(a.getName()).map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
    for (Authority a : parentsFirst) {
      CertificateRecord cert = queries.bySerial(a.getSigningSerial()).orElseThrow();
      TreeNode<Node> parent = a.getParentName() == null ? root : byName.get(a.getParentName());
      TreeNode<Node> node =
          new DefaultTreeNode<>(
              "ca",
              new Node(
                  commonName(a.getSubjectDn()),
                  fmt.type(a.getProfile()),
                  cert.getSerialHex(),
                  cert.getStatus(),
                  fmt.day(cert.getNotAfter()),
                  a.getName() + " · suite " + a.getSuite() + " · CRL #" + a.getLastCrlNumber()),
              parent);
      node.setExpanded(true);
      byName.put(a.getName(), node);
      leaf(node, a.getMessageSerial(), "Message signing", fmt);
      leaf(node, a.getExchangeSerial(), "Key exchange", fmt);
    }
  }

  private void leaf(TreeNode<Node> parent, String serial, String label, Formats fmt) {
    if (serial == null) {
      return;
    }
    CertificateRecord r = queries.bySerial(serial).orElseThrow();
    new DefaultTreeNode<>(
        "key",
        new Node(label, fmt.type(r.getCertType()), serial, r.getStatus(), fmt.day(r.getNotAfter()), ""),
        parent);
  }

  private static String commonName(String dn) {
    for (String part : dn.split(",")) {
      if (part.strip().startsWith("CN=")) {
        return part.strip().substring(3);
      }
    }
    return dn;
  }

  public TreeNode<Node> getRoot() {
    return root;
  }
}
