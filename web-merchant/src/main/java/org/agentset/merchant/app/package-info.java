/** The merchant server's application services. */
package org.agentset.merchant.app;
