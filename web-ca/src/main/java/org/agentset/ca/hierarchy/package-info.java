/**
 * The CA hierarchy as plain Java: which CAs exist ({@link org.agentset.ca.hierarchy.CaName}), how
 * they are created once ({@link org.agentset.ca.hierarchy.HierarchyFactory}), how their private
 * keys are sealed in the encrypted key store ({@link org.agentset.set.cert.SealedKeyStore}) and how
 * the running CA is rebuilt from records and key store at every start ({@link
 * org.agentset.ca.hierarchy.HierarchyLoader}). No container types: the beans in {@code
 * org.agentset.ca.app} store and load, these classes decide.
 */
package org.agentset.ca.hierarchy;
