/**
 * SET registration at {@code POST /ca/set}: the web CA's side of set-core's {@code
 * org.agentset.set.reg} — its forms, card BINs and acquirer registrations from the {@code ca}
 * schema, issuance through the never-twice {@code IssuanceService}, pended requests and accepted
 * RRPIDs in tables (so both survive a restart), and a {@code registration_request} record of every
 * certificate request and every refusal.
 */
package org.agentset.ca.reg;
