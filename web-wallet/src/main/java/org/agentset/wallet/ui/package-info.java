/**
 * The wallet's local web UI: server-rendered HTML pages in the storefront's look, plain forms (no
 * script at all, so the content security policy can forbid every script), each posting back with
 * the session's CSRF token and answering with a redirect (post/redirect/get).
 *
 * <p>A refused form is shown again with a message under each wrong field; the card number field is
 * never filled back in, so a number never travels back to the browser.
 */
package org.agentset.wallet.ui;
