package org.agentset.merchant.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agentset.db.merchant.Merchant;

/** The merchants this server hosts, read from the merchant schema. */
@ApplicationScoped
public class MerchantDirectory {

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  /** Every hosted merchant, by name. */
  public List<Merchant> all() {
    return em.createQuery("select m from Merchant m order by m.name", Merchant.class)
        .getResultList();
  }
}
