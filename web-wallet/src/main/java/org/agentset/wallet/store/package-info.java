/**
 * The wallet file: one file, {@code wallet.dat} in {@code AGENTSET_WALLET_HOME}, holding every
 * secret of the wallet encrypted at rest with AES-256-GCM under a key derived from the wallet
 * password by Argon2id with a per-wallet salt; see {@link
 * org.agentset.wallet.store.WalletFileFormat} for the layout and {@link
 * org.agentset.wallet.store.KdfParameters} for the cost.
 *
 * <p>{@link org.agentset.wallet.store.WalletStore} is the only way in: it locks and unlocks, locks
 * itself after the idle timeout, writes atomically, and answers a wrong password, a damaged file
 * and a newer format with distinct {@link org.agentset.wallet.store.WalletException} reasons, never
 * by resetting the wallet.
 */
package org.agentset.wallet.store;
