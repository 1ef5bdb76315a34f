/** The Agent Negotiation Server's JAX-RS resources. */
package org.agentset.ans.rest;
