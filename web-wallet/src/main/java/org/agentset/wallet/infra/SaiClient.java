package org.agentset.wallet.infra;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.stream.Stream;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.wallet.agents.CommKeys;
import org.agentset.wallet.http.Json;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * The wallet's end of the SAI channel (contract: {@code ans-api.md}): {@code GET
 * /ans/api/sai/channel} as server-sent events, authenticated by a {@code SAI-Authorization} header
 * — a CMS SignedData by the wallet's communication key over {@code "agentset-sai-channel
 * <instant>"} with a signing time — and {@code POST /ans/api/sai/ack} to report each payment
 * start's outcome. The connection is opened from the wallet, so it works behind NAT.
 */
public final class SaiClient {

  /** What arrives on the channel. */
  public interface Listener {
    /** A payment start with the agent server's id for it. */
    void paymentStart(String paymentStartId, byte[] envelope);
  }

  private final URI base;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public SaiClient(URI ansUrl, Clock clock) {
    this.base = URI.create(ansUrl.toString().replaceAll("/+$", "") + "/");
    this.clock = clock;
  }

  /** The header value proving the wallet holds its communication key, fresh now. */
  public String authorization(CommKeys keys) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Hashtable<ASN1ObjectIdentifier, Attribute> attrs = new Hashtable<>();
    attrs.put(
        CMSAttributes.signingTime,
        new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(now)))));
    try {
      CMSSignedDataGenerator g = new CMSSignedDataGenerator();
      g.addSignerInfoGenerator(
          new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
              .build(keys.suite().contentSigner(keys.keyPair().getPrivate()), keys.certificate()));
      g.addCertificates(new CollectionStore<>(java.util.List.of(keys.certificate())));
      byte[] der =
          g.generate(
                  new CMSProcessableByteArray(
                      ("agentset-sai-channel " + now).getBytes(StandardCharsets.US_ASCII)),
                  true)
              .getEncoded("DER");
      return Base64.getEncoder().encodeToString(der);
    } catch (SetCryptoException | OperatorCreationException | CMSException | IOException e) {
      throw new IllegalStateException("the SAI authorisation cannot be signed", e);
    }
  }

  /**
   * Opens the channel and delivers its payment starts to {@code listener} until the server closes
   * the stream (it does every ten minutes) or {@code keepGoing} says stop.
   *
   * @throws PeerException if the channel cannot be opened (refused or unreachable)
   */
  public void listen(CommKeys keys, Listener listener, java.util.function.BooleanSupplier keepGoing)
      throws PeerException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/sai/channel"))
            .header("Accept", "text/event-stream")
            .header("SAI-Authorization", authorization(keys))
            .GET()
            .build();
    HttpResponse<Stream<String>> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new PeerException(
          0,
          "The agent server at "
              + base
              + " could not be reached ("
              + e.getClass().getSimpleName()
              + ").",
          e);
    }
    if (r.statusCode() != 200) {
      String body;
      try (Stream<String> lines = r.body()) {
        body = String.join("\n", lines.limit(50).toList());
      }
      throw new PeerException(
          r.statusCode(),
          "The agent server refused the SAI channel (HTTP "
              + r.statusCode()
              + "): "
              + AgentServerClient.detail(body.getBytes(StandardCharsets.UTF_8)));
    }
    try (Stream<String> lines = r.body()) {
      Iterator<String> it = lines.iterator();
      String event = null;
      StringBuilder data = new StringBuilder();
      while (keepGoing.getAsBoolean() && it.hasNext()) {
        String line = it.next();
        if (line.isEmpty()) {
          if ("payment-start".equals(event) && data.length() > 0) {
            deliver(data.toString(), listener);
          }
          event = null;
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw new PeerException(
          0, "The SAI channel broke (" + e.getCause().getClass().getSimpleName() + ").", e);
    }
  }

  private static void deliver(String json, Listener listener) {
    JsonObject o;
    try {
      o = Json.read(json.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    String id = o.getString("paymentStartId", null);
    String start = o.getString("paymentStart", null);
    if (id == null || start == null) {
      return;
    }
    byte[] envelope;
    try {
      envelope = Base64.getDecoder().decode(start);
    } catch (IllegalArgumentException e) {
      envelope = new byte[0];
    }
    listener.paymentStart(id, envelope);
  }

  /** {@code POST /ans/api/sai/ack}: what became of payment start {@code id}. */
  public void ack(CommKeys keys, String id, String outcome, String reason, String xid)
      throws PeerException {
    var body = Json.object().add("paymentStartId", id).add("outcome", outcome);
    if (reason != null && !reason.isEmpty()) {
      body.add("reason", reason.length() > 500 ? reason.substring(0, 500) : reason);
    }
    if (xid != null) {
      body.add("xid", xid);
    }
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/sai/ack"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("SAI-Authorization", authorization(keys))
            .header("Idempotency-Key", "ack-" + id + "-" + outcome)
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .build();
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new PeerException(
            r.statusCode(),
            "The agent server refused the acknowledgement: " + AgentServerClient.detail(r.body()));
      }
    } catch (IOException e) {
      throw new PeerException(0, "The agent server could not be reached to acknowledge.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(0, "Interrupted while acknowledging.", e);
    }
  }
}
