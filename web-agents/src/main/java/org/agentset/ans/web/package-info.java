/** The agent server's Faces pages: an agent's progress, a customer's agents, the operator view. */
package org.agentset.ans.web;
