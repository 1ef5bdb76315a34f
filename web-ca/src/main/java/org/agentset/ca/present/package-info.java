/**
 * What the admin console shows, computed in plain Java so it is unit-tested: certificate
 * extensions decoded into words ({@link org.agentset.ca.present.ExtensionDescriber}) and the
 * dashboard's issuance chart ({@link org.agentset.ca.present.IssuanceChart}).
 */
package org.agentset.ca.present;
