/** ISO 8583:1987 packing (j8583, layouts as data) and TCP framing with a 2-byte length prefix. */
package org.agentset.bank.iso8583;
