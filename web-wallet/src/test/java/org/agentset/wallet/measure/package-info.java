/**
 * Measurement mains (test scope, not tests): figures the packaging decision and the KDF parameters
 * rest on, printed for the README, never asserted, since they depend on the machine's load.
 */
package org.agentset.wallet.measure;
