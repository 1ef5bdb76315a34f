/**
 * The wallet's clients of other parties, over HTTP with the JDK's client: the agent server's API
 * ({@link org.agentset.wallet.infra.AgentServerClient}) and the CA's public certificates and
 * revocation lists ({@link org.agentset.wallet.infra.CaTrust}).
 */
package org.agentset.wallet.infra;
