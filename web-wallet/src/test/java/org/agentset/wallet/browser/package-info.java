/**
 * Browser tests of the packaged wallet: the real {@code agentset-wallet.jar} started with {@code
 * java -jar}, driven in Debian's headless Chromium through its chromedriver, with page objects per
 * page and screenshots in {@code target/screenshots}.
 */
package org.agentset.wallet.browser;
