/**
 * The wallet's JSON API under {@code /api/}, on the same loopback port as the UI, for automation:
 * the same services as the pages, the same session and guard. A client first calls {@code GET
 * /api/session} (which sets the session cookie and returns the CSRF token), then sends the token in
 * {@code X-CSRF-Token} with every POST, PUT and DELETE. Errors are RFC 9457 problem details.
 */
package org.agentset.wallet.api;
