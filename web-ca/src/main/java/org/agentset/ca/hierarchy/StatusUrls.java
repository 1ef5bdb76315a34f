package org.agentset.ca.hierarchy;

import java.net.URI;
import java.util.Objects;

/**
 * Where the public status endpoints live, from the configured public base URL: each CA's CRL at
 * {@code <base>/ca/pki/crl/<name>.crl} and the one OCSP responder (answering for every CA) at
 * {@code <base>/ca/ocsp}. These URLs are written into every certificate, so they are fixed paths.
 */
public record StatusUrls(URI base) {

  public StatusUrls {
    Objects.requireNonNull(base, "base");
  }

  /** The CRL distribution point of {@code ca}. */
  public URI crl(CaName ca) {
    return URI.create(base + "/ca/pki/crl/" + ca.id() + ".crl");
  }

  /** The OCSP responder. */
  public URI ocsp() {
    return URI.create(base + "/ca/ocsp");
  }
}
