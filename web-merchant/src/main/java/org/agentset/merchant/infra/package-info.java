/** Infrastructure of the merchant server: schema migration at start-up. */
package org.agentset.merchant.infra;
