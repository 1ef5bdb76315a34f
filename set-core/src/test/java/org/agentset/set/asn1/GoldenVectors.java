package org.agentset.set.asn1;

import static org.agentset.set.asn1.Samples.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agentset.set.asn1.msg.MessageIdentifiers;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.asn1.purchase.GatewayBinding;
import org.agentset.set.asn1.purchase.InqRes;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PIData;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.asn1.purchase.PIOILink;
import org.agentset.set.asn1.purchase.PITBS;
import org.agentset.set.asn1.purchase.PInitResData;
import org.agentset.set.asn1.purchase.PResData;
import org.bouncycastle.util.encoders.Hex;

/**
 * The golden DER vectors kept under {@code src/test/resources/vectors/asn1/}: each is the hex of a
 * sample message, with the OpenSSL {@code asn1parse} names its dump must show. Regenerate (after a
 * deliberate wire change only) with {@code -Dagentset.vectors.write=true}.
 */
final class GoldenVectors {

  static final Path DIR = Path.of("src/test/resources/vectors/asn1");

  record Vector(String file, Case sample, List<String> asn1parseShows) {
    byte[] expected() {
      try {
        String hex =
            Files.readString(DIR.resolve(file), StandardCharsets.US_ASCII).replaceAll("\\s", "");
        return Hex.decode(hex);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "missing vector " + file + "; run with -Dagentset.vectors.write=true", e);
      }
    }

    void write() throws IOException {
      String hex = Hex.toHexString(sample.der());
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < hex.length(); i += 64) {
        out.append(hex, i, Math.min(hex.length(), i + 64)).append('\n');
      }
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(file), out.toString(), StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private GoldenVectors() {}

  private static Vector wrapper(
      String name, org.bouncycastle.asn1.ASN1Object body, String... shows) {
    return new Vector(
        "MessageWrapper-" + name + ".hex",
        new Case(name, MsgCases.wrap(body), MessageWrapper::getInstance),
        List.of(shows));
  }

  static List<Vector> all() {
    return List.of(
        wrapper(
            "PInitReq",
            PurchaseCases.pInitReq(),
            "VISIBLESTRING     :AgentCard",
            "NUMERICSTRING     :412345",
            "sha256"),
        wrapper("PInitRes", PurchaseCases.pInitRes(), "pkcs7-signedData", "setct-PInitResData"),
        wrapper(
            "PReq-dualSigned",
            PurchaseCases.pReqDualSigned(),
            "pkcs7-signedData",
            "setct-PI-TBS",
            "pkcs7-envelopedData",
            "setct-PIDualSignedTBE",
            "setct-PIData",
            "setct-HODInput"),
        wrapper(
            "PReq-unsigned", PurchaseCases.pReqUnsigned(), "setct-PIUnsignedTBE", "setct-HODInput"),
        wrapper("PRes", PurchaseCases.pRes(), "pkcs7-signedData", "setct-PResData"),
        wrapper("InqReq", PurchaseCases.inqReq(), "GENERALIZEDTIME   :20260301101530Z"),
        wrapper(
            "InqRes",
            new InqRes(
                signed(MessageIdentifiers.PRES_DATA, PurchaseCases.der(PurchaseCases.pResData()))),
            "setct-PResData"),
        wrapper("AuthReq", GatewayCases.authReq(), "pkcs7-envelopedData", "setct-PIUnsignedTBE"),
        wrapper("AuthRes", GatewayCases.authRes(), "pkcs7-envelopedData", "id-aes256-wrap"),
        wrapper("Error", SetError.unsigned(MsgCases.errorTbs()), "ENUMERATED        :12"),
        new Vector(
            "OIData.hex",
            new Case("OIData", oiData(), OIData::getInstance),
            List.of("setct-HODInput", "BOOLEAN           :255")),
        new Vector(
            "PIHead.hex",
            new Case("PIHead", piHead(), PIHead::getInstance),
            List.of("setct-HODInput", "VISIBLESTRING     :MERCHANT-0001", "aes-256-gcm")),
        new Vector(
            "PIData.hex",
            new Case("PIData", new PIData(piHead(), panData()), PIData::getInstance),
            List.of("NUMERICSTRING     :4123450000000019", "NUMERICSTRING     :202812")),
        new Vector(
            "PI-OILink.hex",
            new Case(
                "PI-OILink",
                new PIOILink(piHead(), dd(MessageIdentifiers.OI_DATA, 0x51)),
                PIOILink::getInstance),
            List.of("setct-OIData")),
        new Vector(
            "PI-TBS.hex",
            new Case(
                "PI-TBS",
                new PITBS(
                    dd(MessageIdentifiers.PI_DATA, 0x31), dd(MessageIdentifiers.OI_DATA, 0x51)),
                PITBS::getInstance),
            List.of("setct-PIData", "setct-OIData")),
        new Vector(
            "PInitResData.hex",
            new Case("PInitResData", PurchaseCases.pInitResData(), PInitResData::getInstance),
            List.of("cont [ 1 ]")),
        new Vector(
            "PResData.hex",
            new Case("PResData", PurchaseCases.pResData(), PResData::getInstance),
            List.of("ENUMERATED        :05", "ENUMERATED        :02")),
        new Vector(
            "GatewayBinding.hex",
            new Case("GatewayBinding", piHead().getGatewayBinding(), GatewayBinding::getInstance),
            List.of("AgentSET/SET1.0/PI")));
  }
}
