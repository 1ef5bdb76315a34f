package org.agentset.set.msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * One purchase with seeded randomness and the fixed clock, from PInitReq to CapRes: every message
 * it produces repeats byte for byte, so the stored transcript is a known answer for the whole wire
 * format and every operator behind it.
 */
final class GoldenPurchase {

  static final String SEED = "golden-purchase";

  private GoldenPurchase() {}

  /** Runs the purchase; message name to DER, in flow order. */
  static Map<String, byte[]> run(String suite) throws SetProtocolException {
    Parties p = Parties.builder(suite).seed(SEED).build();
    Map<String, byte[]> out = new LinkedHashMap<>();
    PInitSent init = p.cardholder.initiate(Parties.order());
    out.put("PInitReq", der(init.message()));
    PInitAnswered answered = p.merchant.answerInit(der(init.message()), Parties.order());
    out.put("PInitRes", der(answered.message()));
    PReqSent preq = p.cardholder.purchaseRequest(init, der(answered.message()));
    out.put("PReq", der(preq.message()));
    VerifiedPReq verified = p.merchant.verifyPurchaseRequest(answered, der(preq.message()));
    AuthReqSent authReq = p.merchantPayments.authorise(verified, Parties.order().amount(), false);
    out.put("AuthReq", der(authReq.message()));
    AuthorisationRequest request = p.gateway.processAuthorisationRequest(der(authReq.message()));
    MessageWrapper authRes =
        p.gateway.authorisationResponse(request, BankDecision.approved(request.amount(), "A1B2C3"));
    out.put("AuthRes", der(authRes));
    AuthorisationResult result =
        p.merchantPayments.processAuthorisationResponse(authReq, der(authRes));
    MessageWrapper pres = p.merchant.purchaseResponse(verified, result);
    out.put("PRes", der(pres));
    p.cardholder.verifyPurchaseResponse(preq, der(pres));
    CaptureSent cap =
        p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(result, Parties.order().amount())));
    out.put("CapReq", der(cap.message()));
    CaptureRequest capRequest = p.capture.processCaptureRequest(der(cap.message()));
    MessageWrapper capRes = p.capture.captureResponse(capRequest, java.math.BigInteger.ONE);
    out.put("CapRes", der(capRes));
    p.merchantPayments.processCaptureResponse(cap, der(capRes));
    return out;
  }

  static byte[] der(MessageWrapper w) {
    return w.getDerEncoded();
  }

  static void write(String suite, Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        PemWriter pem = new PemWriter(w)) {
      for (Map.Entry<String, byte[]> e : run(suite).entrySet()) {
        pem.writeObject(
            new PemObject(
                "SET MESSAGE", List.of(new PemHeader("Message", e.getKey())), e.getValue()));
      }
    }
  }

  /** The stored transcript of {@code suite}. */
  static Map<String, byte[]> stored(String suite) throws IOException {
    String path = "/vectors/msg/" + suite + "/transcript.pem";
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (InputStream in = GoldenPurchase.class.getResourceAsStream(path);
        Reader r = new InputStreamReader(in, StandardCharsets.US_ASCII);
        PemReader pem = new PemReader(r)) {
      for (PemObject o = pem.readPemObject(); o != null; o = pem.readPemObject()) {
        out.put(((PemHeader) o.getHeaders().get(0)).getValue(), o.getContent());
      }
    }
    return out;
  }
}
