/**
 * What the wallet keeps, as plain immutable records: cards, the cardholder's SET credential and the
 * communication credential, agents with their per-item keys K and sealed tokens, history and
 * preferences. Nothing here touches a file or a key; {@link org.agentset.wallet.store} encodes
 * these records in DER and encrypts them.
 *
 * <p>Records holding a card number or key material override {@code toString()} so that a record
 * that reaches a log, an exception or a debugger's summary shows a masked form.
 */
package org.agentset.wallet.model;
