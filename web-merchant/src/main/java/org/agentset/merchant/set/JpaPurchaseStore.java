package org.agentset.merchant.set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MerchantSetDesk.PurchaseStore} over {@code merchant.set_purchase}, in the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaPurchaseStore implements MerchantSetDesk.PurchaseStore {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  @Override
  public Optional<Purchase> find(byte[] xid) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.xid, p.order_id, m.code, p.init_record, p.preq_hash, p.purchase_record,"
                    + " p.auth_record, p.pres from merchant.set_purchase p join merchant.merchant m"
                    + " on m.id = p.merchant_id where p.xid = ?1 for update of p")
            .setParameter(1, xid)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Purchase(
                    (byte[]) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (byte[]) r[3],
                    (byte[]) r[4],
                    (byte[]) r[5],
                    (byte[]) r[6],
                    (byte[]) r[7]));
  }

  @Override
  public void started(byte[] xid, UUID orderId, String merchantCode, byte[] initRecord) {
    em.createNativeQuery(
            "insert into merchant.set_purchase (xid, order_id, merchant_id, init_record)"
                + " select ?1, ?2, id, ?3 from merchant.merchant where code = ?4"
                + " on conflict (order_id) do update set xid = excluded.xid,"
                + " init_record = excluded.init_record, updated_at = now()"
                + " where merchant.set_purchase.pres is null")
        .setParameter(1, xid)
        .setParameter(2, orderId)
        .setParameter(3, initRecord)
        .setParameter(4, merchantCode)
        .executeUpdate();
  }

  @Override
  public void answered(
      byte[] xid, byte[] preqHash, byte[] purchaseRecord, byte[] authRecord, byte[] pres) {
    em.createNativeQuery(
            "update merchant.set_purchase set preq_hash = ?2, purchase_record = ?3,"
                + " auth_record = ?4, pres = ?5, updated_at = now() where xid = ?1")
        .setParameter(1, xid)
        .setParameter(2, preqHash)
        .setParameter(3, purchaseRecord)
        .setParameter(4, authRecord)
        .setParameter(5, pres)
        .executeUpdate();
  }
}
