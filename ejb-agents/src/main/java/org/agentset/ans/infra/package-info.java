/** Infrastructure of the agent server: schema migration at start-up and readiness reporting. */
package org.agentset.ans.infra;
