/**
 * The wallet's services behind its UI and API: they check the customer's input (card numbers with
 * the Luhn check, expiry dates, passwords, settings), change the store, and record history. They
 * know nothing of HTTP; the UI and the API are two faces of the same calls.
 *
 * <p>Invalid input is an {@link org.agentset.wallet.app.InvalidInputException} listing each field
 * and what is wrong with it, in words that never repeat a card number.
 */
package org.agentset.wallet.app;
