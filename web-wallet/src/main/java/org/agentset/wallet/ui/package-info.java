/** The wallet's local web UI and JSON API, on the loopback address only. */
package org.agentset.wallet.ui;
