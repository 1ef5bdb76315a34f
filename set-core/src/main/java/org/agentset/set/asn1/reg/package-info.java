/**
 * SET's certificate registration messages (SET-PROTOCOL.md §2): the cardholder's CardCInitReq/Res,
 * RegFormReq/Res, CertReq/Res, the merchant's and gateway's Me-AqCInitReq/Res and CertReq/Res, and
 * CertInqReq/Res. Certificates themselves are {@code org.agentset.set.cert}'s and travel in the
 * SignedData of the responses.
 */
package org.agentset.set.asn1.reg;
