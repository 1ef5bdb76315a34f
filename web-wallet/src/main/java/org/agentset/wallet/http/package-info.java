/**
 * The wallet's web server on the JDK's own {@code com.sun.net.httpserver}, and what guards it.
 *
 * <p>The wallet answers on 127.0.0.1 only, yet every web page the customer opens can send requests
 * there. So: the {@code Host} header must name the wallet (no DNS rebinding); state changes need
 * the session's CSRF token and, when the browser names one, the wallet's own origin ({@code
 * Origin}, else {@code Referer}, and {@code Sec-Fetch-Site}); the session cookie is {@code
 * HttpOnly} and {@code SameSite=Strict}; no response carries CORS headers, so no other origin can
 * read one; pages forbid framing. See {@link org.agentset.wallet.http.RequestGuard}.
 *
 * <p>Errors are RFC 9457 problem details ({@code application/problem+json}) on the API and an HTML
 * page on the UI, both naming what was wrong and never echoing a card number.
 */
package org.agentset.wallet.http;
