-- One live payment start per ordered offer. The agent's own step I and the sweeper's retry could
-- both find an ordered offer without one and each queue a payment start; the wallet paid the first
-- and refused the second (its item key was spent), and the refusal failed the agent although it
-- had paid. Older duplicates are voided (the earliest stays), then the database refuses a second.
UPDATE payment_start p
   SET ack_outcome = 'VOID', acked_at = coalesce(p.acked_at, now())
 WHERE (p.ack_outcome IS NULL OR p.ack_outcome <> 'VOID')
   AND EXISTS (SELECT 1 FROM payment_start q
                WHERE q.offer_id = p.offer_id
                  AND (q.ack_outcome IS NULL OR q.ack_outcome <> 'VOID')
                  AND (q.created_at, q.id) < (p.created_at, p.id));

CREATE UNIQUE INDEX payment_start_live_per_offer ON payment_start (offer_id)
 WHERE ack_outcome IS NULL OR ack_outcome <> 'VOID';
