/**
 * SET's registration protocols (SET-PROTOCOL.md §2), both sides, container-free: the end entities'
 * clients {@link org.agentset.set.reg.CardholderRegistration} (CardCInitReq/Res, RegFormReq/Res,
 * CertReq/Res) and {@link org.agentset.set.reg.MerchantRegistration} (merchants and payment
 * gateways: Me-AqCInitReq/Res, CertReq/Res, CertInqReq/Res), and the CA's {@link
 * org.agentset.set.reg.RegistrationAuthority}, which answers every request (an Error when refused)
 * and asks its {@link org.agentset.set.reg.RegistrationPolicy} for forms, card and acquirer checks,
 * the never-twice key registry, issuance and pending requests.
 *
 * <p>The registration weaknesses of the formal analyses (SET-PROTOCOL.md §5.3) are closed here: the
 * CA checks that the identity signed in a merchant's or gateway's CertReq is the one the acquirer
 * registered and that its enrolment code matches (item 1, {@code
 * MerchantRegistrationTest.signedIdentityOtherThanTheEnrolmentCodesIsRefused}); every key is
 * certified at most once and signature and key-exchange keys differ (item 2, {@code
 * keysCertifiedBeforeAreRefused}, {@code keyCertifiedBeforeIsNeverCertifiedAgain}); the CertReq is
 * signed with the key it proposes (proof of possession) and answers a form session the CA gave for
 * the same card ({@code certReqForAnotherCardThanTheFormIsRefused}); PANSecret is derived with HKDF
 * from both sides' contributions (item 5, {@link org.agentset.set.cert.PanSecret}).
 */
package org.agentset.set.reg;
