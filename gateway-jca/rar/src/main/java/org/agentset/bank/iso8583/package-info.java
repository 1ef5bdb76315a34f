/**
 * ISO 8583:1987 as AgentSET speaks it: packing by j8583 with the layouts as data ({@code
 * iso8583-bank.xml}), the presence and digit rules j8583 does not check, field 48 (SET data) and
 * field 90 (original data elements), the 2-byte length-prefixed TCP framing, and the acquirer's
 * link to a host. No container types: the codec runs the same in the adapter, the embedded host
 * and the tests.
 */
package org.agentset.bank.iso8583;
