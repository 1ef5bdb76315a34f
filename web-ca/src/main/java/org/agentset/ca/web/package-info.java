/**
 * The admin console (Faces 4.0 with PrimeFaces, under {@code /ca/admin}): one {@code @ViewScoped}
 * bean per page, each a thin reader of {@code org.agentset.ca.app}'s services; the sign-in page and
 * the gate filter that keeps the console to CA operators and its changing pages to administrators.
 */
package org.agentset.ca.web;
