/** The wallet's services behind its UI. */
package org.agentset.wallet.app;
