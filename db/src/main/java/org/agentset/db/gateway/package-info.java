/** The payment gateway's entities (schema {@code gateway}); card numbers only as keyed hashes. */
package org.agentset.db.gateway;
