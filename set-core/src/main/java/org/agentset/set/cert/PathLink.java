package org.agentset.set.cert;

import java.security.cert.X509Certificate;

/** One validated step of a path: a certificate, its issuer and their decoded extensions. */
record PathLink(
    X509Certificate certificate,
    SetCertificateInfo info,
    CertificateProfile profile,
    int position,
    X509Certificate issuer,
    CertificateProfile issuerProfile) {}
