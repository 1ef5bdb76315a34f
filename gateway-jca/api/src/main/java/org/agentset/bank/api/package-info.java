/**
 * The only types clients of the bank connector see. They live in the EAR's {@code lib/} so that
 * the resource adapter and the payment gateway load them from one class loader.
 */
package org.agentset.bank.api;
