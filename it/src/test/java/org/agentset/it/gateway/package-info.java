/**
 * Integration tests of the payment gateway over real HTTP: the test plays cardholder and merchant
 * with set-core, the deployed gateway verifies, asks the bank through the resource adapter, and
 * answers.
 */
package org.agentset.it.gateway;
