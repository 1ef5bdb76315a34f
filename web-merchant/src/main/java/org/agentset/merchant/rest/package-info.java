/** The merchant server's JAX-RS resources. */
package org.agentset.merchant.rest;
