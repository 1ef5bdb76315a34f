/**
 * The only types clients of the bank connector see: the connection factory and connection, the
 * requests and the typed results, and the test-only host control. They live in the EAR's {@code
 * lib/} so that the resource adapter and the payment gateway load them from one class loader. No
 * value here prints a card number.
 */
package org.agentset.bank.api;
