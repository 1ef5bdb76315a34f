/** Infrastructure of the payment gateway: schema migration at start-up. */
package org.agentset.gateway.infra;
