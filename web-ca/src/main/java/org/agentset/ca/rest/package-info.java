/** The certificate authority's JAX-RS resources. */
package org.agentset.ca.rest;
