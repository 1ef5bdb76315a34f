/** The Agent Negotiation Server's entities (schema {@code ans}); never card data, keys or K. */
package org.agentset.db.ans;
