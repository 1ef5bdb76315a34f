/**
 * SET's cryptographic operators over AgentSET's algorithm suites: SET 1.0's structure (dual
 * signature, linkage, extra encryption, digital envelopes, self-addressed tokens) with SHA-256,
 * AES-256-GCM and one of three public-key suites (see {@link
 * org.agentset.set.crypto.AlgorithmSuite}).
 *
 * <p>Where each operator of SET Book 3 lives:
 *
 * <table>
 *   <caption>SET operators</caption>
 *   <tr><th>SET</th><th>here</th><th>wire form</th></tr>
 *   <tr><td>H, DD, L</td><td>{@link org.agentset.set.crypto.Digests}</td>
 *       <td>SHA-256; CMS DigestedData (content detached); SEQUENCE {t1, DD(t2)}</td></tr>
 *   <tr><td>S, SO</td><td>{@link org.agentset.set.crypto.Signatures},
 *       {@link org.agentset.set.crypto.SignedContent}</td>
 *       <td>CMS SignedData, content attached / detached</td></tr>
 *   <tr><td>E, EH, EX, EXH</td><td>{@link org.agentset.set.crypto.Envelopes}</td>
 *       <td>CMS AuthEnvelopedData (AES-256-GCM), see {@code AuthEnvelopedCodec}</td></tr>
 *   <tr><td>Enc, EncB, EncX, EncBX, EncK</td>
 *       <td>{@link org.agentset.set.crypto.SignedEnvelopes}</td>
 *       <td>SignedData inside AuthEnvelopedData; EncB/EncBX with baggage beside it</td></tr>
 *   <tr><td>dual signature, OIDualSigned, PIDualSigned</td>
 *       <td>{@link org.agentset.set.crypto.DualSignature}</td>
 *       <td>SO over {DD(PIData), DD(OIData)}</td></tr>
 *   <tr><td>HMAC, TransStain, PANSecret, hashed PAN</td>
 *       <td>{@link org.agentset.set.crypto.CardholderSecrets}</td><td>HMAC-SHA256, HKDF</td></tr>
 *   <tr><td>HOD, ODSalt, EXNonce, XID</td><td>{@link org.agentset.set.crypto.Hod},
 *       {@link org.agentset.set.crypto.Nonces}</td><td>DD(HODInput); 20 random bytes</td></tr>
 *   <tr><td>CapToken, AuthToken</td><td>{@link org.agentset.set.crypto.GatewayTokens}</td>
 *       <td>EncK under the gateway's own token key</td></tr>
 * </table>
 *
 * <p>Every failure is a {@link org.agentset.set.crypto.SetCryptoException} with a reason and the
 * name of the field; no message ever carries key material or plaintext. All randomness comes from
 * an injected {@link java.security.SecureRandom}; the Bouncy Castle provider is an object handed to
 * {@link org.agentset.set.crypto.AlgorithmSuites}, never registered globally; AES-GCM, SHA-256 and
 * HMAC run on the JDK's provider for speed.
 */
package org.agentset.set.crypto;
