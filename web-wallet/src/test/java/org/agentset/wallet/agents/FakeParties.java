package org.agentset.wallet.agents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.wallet.http.Json;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The CA's public endpoints and the agent server's customer API as the wallet meets them over HTTP,
 * played by a small JDK server for the wallet's HTTP tests: {@code GET /ca/pki/ca-certs.pem},
 * {@code GET /ca/pki/crl/<ca>.crl}, {@code POST /ans/api/agents/keys}, {@code POST /ans/api/agents}
 * (the mandate and the wallet's authorisation verified as the real agent server verifies them, the
 * agent's certificate issued from the test hierarchy), {@code POST /ans/api/agents/{id}/revoke}.
 * The real agent server's own tests cover its side; here it stands in so that the wallet's HTTP
 * client, its checks and the formats are exercised over a real socket.
 */
public final class FakeParties implements AutoCloseable {

  /** An agent as the fake agent server holds it. */
  public record Agent(
      String agentId, KeyPair keys, WalletPki.Party party, byte[] mandateDer, Mandate mandate) {}

  private final WalletPki pki;
  private final Clock clock;
  private final HttpServer server;
  private final Map<String, KeyPair> reserved = new ConcurrentHashMap<>();
  public final Map<String, Agent> agents = new ConcurrentHashMap<>();
  public final List<String> revoked = new ArrayList<>();

  /** Payment starts queued for the SAI channel: id → sealed envelope. */
  public final Map<String, byte[]> queued = new java.util.concurrent.ConcurrentSkipListMap<>();

  /** Acknowledgements received: "id outcome reason". */
  public final List<String> acks = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** How many channel connections were refused for a bad authorisation. */
  public final java.util.concurrent.atomic.AtomicInteger badAuthorisations =
      new java.util.concurrent.atomic.AtomicInteger();

  public final java.util.concurrent.atomic.AtomicInteger connections =
      new java.util.concurrent.atomic.AtomicInteger();
  public final List<BigInteger> revokedSerials = new ArrayList<>();
  private int counter;

  public FakeParties(WalletPki pki, Clock clock) throws IOException {
    this.pki = pki;
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ca/pki/", this::ca);
    server.createContext("/ans/api/agents", this::ans);
    server.createContext("/ans/api/sai/channel", this::channel);
    server.createContext("/ans/api/sai/ack", this::ack);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  public URI caUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ca");
  }

  private void ca(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    if (path.equals("/ca/pki/ca-certs.pem")) {
      StringBuilder pem = new StringBuilder();
      for (X509Certificate c : pki.caCertificates()) {
        pem.append(pem("CERTIFICATE", encoded(c)));
      }
      send(
          x,
          200,
          "application/pem-certificate-chain",
          pem.toString().getBytes(StandardCharsets.US_ASCII));
      return;
    }
    if (path.startsWith("/ca/pki/crl/") && path.endsWith(".crl")) {
      String name = path.substring("/ca/pki/crl/".length(), path.length() - 4);
      X509CRL crl =
          pki.crl(
              name,
              clock,
              name.equals("communication")
                  ? revokedSerials.toArray(BigInteger[]::new)
                  : new BigInteger[0]);
      if (crl != null) {
        try {
          send(x, 200, "application/pkix-crl", crl.getEncoded());
        } catch (Exception e) {
          send(x, 500, "text/plain", new byte[] {'x'});
        }
        return;
      }
    }
    send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
  }

  private synchronized void ans(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    byte[] body = x.getRequestBody().readAllBytes();
    try {
      if (x.getRequestHeaders().getFirst("Idempotency-Key") == null) {
        problem(x, 400, "Idempotency-Key missing");
        return;
      }
      if (path.equals("/ans/api/agents/keys")) {
        String id = "ag-" + (++counter) + "f00d";
        KeyPair k = WalletPki.p256();
        byte[] csr =
            new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + id), k.getPublic())
                .build(
                    new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(WalletPki.BC)
                        .build(k.getPrivate()))
                .getEncoded();
        reserved.put(id, k);
        send(
            x,
            201,
            "application/json",
            Json.object()
                .add("agentId", id)
                .add("certificationRequest", Base64.getEncoder().encodeToString(csr))
                .add("expiresAt", clock.instant().plusSeconds(1800).toString())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/ans/api/agents")) {
        JsonObject in = Json.read(body);
        String id = in.getString("agentId");
        KeyPair k = reserved.remove(id);
        if (k == null) {
          problem(x, 422, "unknown reservation");
          return;
        }
        byte[] mandateDer = Base64.getDecoder().decode(in.getString("mandate"));
        SaiSignedContent signed = Mandates.read(mandateDer);
        Mandate mandate =
            new Mandates(WalletPki.SUITES.p256())
                .verify(signed, signed.signerCertificate().orElseThrow());
        CommunicationRequests.Opened opened =
            new CommunicationRequests(WalletPki.BC)
                .open(
                    Base64.getDecoder().decode(in.getString("agentCertificateRequest")),
                    SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST);
        AgentCertificateRequest acr = AgentCertificateRequest.fromDer(opened.content());
        if (!acr.agentId().equals(id) || !acr.notAfter().equals(mandate.getTerms().getNotAfter())) {
          problem(x, 422, "request does not match");
          return;
        }
        WalletPki.Party party = pki.agentFor(id, k, opened.signer());
        agents.put(id, new Agent(id, k, party, mandateDer, mandate));
        String chain =
            pem("CERTIFICATE", encoded(party.certificate)) + pem("CERTIFICATE", encoded(party.ca));
        send(
            x,
            201,
            "application/json",
            Json.object()
                .add("agentId", id)
                .add("state", "CREATED")
                .add("certificateChain", chain)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.startsWith("/ans/api/agents/") && path.endsWith("/revoke")) {
        String id = path.substring("/ans/api/agents/".length(), path.length() - "/revoke".length());
        revoked.add(id);
        send(
            x,
            200,
            "application/json",
            Json.object()
                .add("agentId", id)
                .add("state", "REVOKED")
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      problem(x, 404, "no such endpoint");
    } catch (Exception e) {
      problem(x, 422, "refused: " + e.getMessage());
    }
  }

  /** The wallet's SAI-Authorization, checked as the agent server checks it; the signer or null. */
  private X509Certificate authorised(HttpExchange x) {
    String header = x.getRequestHeaders().getFirst("SAI-Authorization");
    try {
      CommunicationRequests.Opened o =
          new CommunicationRequests(WalletPki.BC)
              .open(
                  Base64.getDecoder().decode(header),
                  org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data);
      String text = new String(o.content(), StandardCharsets.US_ASCII);
      java.time.Instant stated =
          java.time.Instant.parse(text.substring("agentset-sai-channel ".length()));
      if (!text.startsWith("agentset-sai-channel ")
          || java.time.Duration.between(stated, clock.instant()).abs().toMinutes() >= 5) {
        return null;
      }
      return o.signer();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void channel(HttpExchange x) throws IOException {
    if (authorised(x) == null) {
      badAuthorisations.incrementAndGet();
      problem(x, 401, "SAI-Authorization missing or invalid");
      return;
    }
    connections.incrementAndGet();
    x.getResponseHeaders().set("Content-Type", "text/event-stream");
    x.sendResponseHeaders(200, 0);
    try (OutputStream out = x.getResponseBody()) {
      for (var e : queued.entrySet()) {
        String data =
            Json.object()
                .add("agentId", "any")
                .add("paymentStartId", e.getKey())
                .add("paymentStart", Base64.getEncoder().encodeToString(e.getValue()))
                .build()
                .toString();
        out.write(
            ("event: payment-start\nid: " + e.getKey() + "\ndata: " + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      out.write("event: ping\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void ack(HttpExchange x) throws IOException {
    byte[] body = x.getRequestBody().readAllBytes();
    if (authorised(x) == null) {
      problem(x, 401, "SAI-Authorization missing or invalid");
      return;
    }
    JsonObject o = Json.read(body);
    String id = o.getString("paymentStartId");
    acks.add(id + " " + o.getString("outcome") + " " + o.getString("reason", ""));
    if (!o.getString("outcome").equals("RECEIVED")) {
      queued.remove(id);
    }
    send(x, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
  }

  private static void problem(HttpExchange x, int status, String detail) throws IOException {
    send(
        x,
        status,
        "application/problem+json",
        Json.object()
            .add("title", "Refused")
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
