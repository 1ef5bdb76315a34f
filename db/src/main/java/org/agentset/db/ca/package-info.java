/** The certificate authority's entities (schema {@code ca}). */
package org.agentset.db.ca;
