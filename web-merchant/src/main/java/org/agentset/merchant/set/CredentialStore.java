package org.agentset.merchant.set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@code merchant.merchant_credential}: each merchant's sealed SET keys once enrolled. */
@Stateless
public class CredentialStore {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  /** A merchant waiting for enrolment: its code, acquirer BIN and SET merchant id. */
  public record Candidate(long id, String code, String bin, String merchantId) {}

  /** A stored credential row. */
  public record Row(MerchantCredentials.Sealed sealed, byte[] root, byte[] gatewayPath) {}

  /** Merchants with an acquirer identity and no credentials yet. */
  @SuppressWarnings("unchecked")
  public List<Candidate> notEnrolled() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.id, m.code, m.acquirer_bin, m.set_merchant_id from merchant.merchant m"
                    + " where m.acquirer_bin is not null and m.set_merchant_id is not null and not"
                    + " exists (select 1 from merchant.merchant_credential c where c.merchant_id ="
                    + " m.id) order by m.code")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /** Keeps a merchant's new credentials (once: a second enrolment never overwrites). */
  public void save(long merchantId, MerchantCredentials.Sealed sealed, byte[] root) {
    em.createNativeQuery(
            "insert into merchant.merchant_credential (merchant_id, suite, sealed_keys, ca_chain,"
                + " root_certificate, gateway_path) values (?1, 'p256', ?2, ?3, ?4, ?5)"
                + " on conflict (merchant_id) do nothing")
        .setParameter(1, merchantId)
        .setParameter(2, sealed.keys())
        .setParameter(3, sealed.chain())
        .setParameter(4, root)
        .setParameter(5, new byte[0])
        .executeUpdate();
    note(merchantId, null);
  }

  /** Enrolled merchants that do not know the gateway's key-exchange certificate yet. */
  @SuppressWarnings("unchecked")
  public List<Candidate> withoutGateway() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.id, m.code, m.acquirer_bin, m.set_merchant_id from merchant.merchant m"
                    + " join merchant.merchant_credential c on c.merchant_id = m.id"
                    + " where octet_length(c.gateway_path) = 0 order by m.code")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /** Keeps the gateway's key-exchange certificate path (leaf first, root excluded). */
  public void gatewayPath(long merchantId, byte[] path) {
    em.createNativeQuery(
            "update merchant.merchant_credential set gateway_path = ?2 where merchant_id = ?1")
        .setParameter(1, merchantId)
        .setParameter(2, path)
        .executeUpdate();
    note(merchantId, null);
  }

  /** Records why the last enrolment attempt failed (null: none). */
  public void note(long merchantId, String note) {
    em.createNativeQuery("update merchant.merchant set enrolment_note = ?2 where id = ?1")
        .setParameter(1, merchantId)
        .setParameter(2, note == null || note.length() <= 512 ? note : note.substring(0, 512))
        .executeUpdate();
  }

  /** The credentials of {@code merchantCode}, if enrolled. */
  @SuppressWarnings("unchecked")
  public Optional<Row> find(String merchantCode) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.sealed_keys, c.ca_chain, c.root_certificate, c.gateway_path from"
                    + " merchant.merchant_credential c join merchant.merchant m on m.id ="
                    + " c.merchant_id where m.code = ?1")
            .setParameter(1, merchantCode)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Row(
                    new MerchantCredentials.Sealed((byte[]) r[0], (byte[]) r[1]),
                    (byte[]) r[2],
                    (byte[]) r[3]));
  }

  /**
   * Whether {@code merchantCode} takes SET payments: enrolled with the CA and holding the gateway's
   * key-exchange certificate (PCertReq). Between the two its orders are signed but its SET desk
   * would refuse the wallet's PInitReq with "missing certificate".
   */
  public boolean paymentsOpen(String merchantCode) {
    return !em.createNativeQuery(
            "select 1 from merchant.merchant_credential c join merchant.merchant m on m.id ="
                + " c.merchant_id where m.code = ?1 and octet_length(c.gateway_path) > 0")
        .setParameter(1, merchantCode)
        .getResultList()
        .isEmpty();
  }
}
