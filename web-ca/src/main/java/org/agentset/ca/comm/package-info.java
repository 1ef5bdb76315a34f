/**
 * Communication certificates for wallets and customer agents: the policy deciding who gets one and
 * for how long ({@link org.agentset.ca.comm.CommunicationPolicy}, plain Java), the service that
 * issues them from signed requests, and the record of every request.
 */
package org.agentset.ca.comm;
