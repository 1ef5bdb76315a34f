/**
 * The SET Agent Interface's formats at work (DESIGN §7): signing and verifying the merchant's
 * {@link org.agentset.set.sai.SetInitiations SET initiation} and the wallet's {@link
 * org.agentset.set.sai.Mandates mandate}, sealing and opening the per-item {@link
 * org.agentset.set.sai.SealedTokens tokens} under K, and the agent's {@link
 * org.agentset.set.sai.PaymentStarts payment start} (CMS SignedData with signing time and nonce,
 * inside a CMS AuthEnvelopedData to the wallet's communication certificate).
 *
 * <p>Every reader follows set-core's pattern: read (structure only, certificates carried), let the
 * caller find and validate the signer's certificate ({@link
 * org.agentset.set.sai.SaiSignedContent#signerPath} for {@code SetPathValidator}), then verify and
 * decode. Judgements that need the caller's state — is the initiation still valid, is this agent
 * one of mine, is the nonce new, is the order within the mandate and its budget — are the caller's.
 * Every failure is a {@link org.agentset.set.sai.SaiException} with a reason and a field name
 * chosen by the library, safe to log and to return to a peer.
 */
package org.agentset.set.sai;
