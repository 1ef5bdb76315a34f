/** The payment gateway's JAX-RS resources. */
package org.agentset.gateway.rest;
