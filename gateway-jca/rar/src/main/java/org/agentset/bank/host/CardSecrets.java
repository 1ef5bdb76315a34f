package org.agentset.bank.host;

import com.solab.iso8583.IsoMessage;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.host.LedgerTx.Account;
import org.agentset.bank.iso8583.CardSecretFile;
import org.agentset.bank.iso8583.CardSecretSeal;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Exception;

/**
 * The issuer's file of CardSecrets (SETCSEC), one per card account and cardholder certificate, and
 * what it is for: verifying SET's TransStain = HMAC-SHA256(CardSecret, XID).
 *
 * <p>The cardholder CA adds a record with an issuer file update (0302). The secret arrives sealed
 * under the network's card-secret key ({@link CardSecretSeal}); a seal that does not open is
 * answered 63, an unknown card 14. Card status and expiry are not checked here: a registered card
 * that is later reported stolen must still get its 43 at authorisation. The record is kept sealed
 * again, at rest: AES-256-GCM under a storage key derived with HKDF-SHA256 from the issuer's PAN
 * key (info {@value #STORAGE_INFO}), the account id and serial as additional authenticated data.
 * Adding the same serial again with the same secret is answered 00 and adds nothing; with another
 * secret it is answered 63 and changes nothing.
 */
public final class CardSecrets {

  /** HKDF info of the storage key. */
  static final String STORAGE_INFO = "AgentSET issuer card-secret storage v1";

  private static final String HMAC = "HmacSHA256";

  /**
   * A 0302 as the issuer reads it: the card number is hashed and dropped, the seal already opened.
   *
   * @param key terminal, STAN and transmission time
   * @param panHash keyed hash of field 2
   * @param serialHex the cardholder certificate's serial
   * @param secret the opened CardSecret, or null when the seal did not open
   * @param digest SHA-256 of the request's fields (PAN hashed): tells a repeat from a reused key
   */
  record Registration(
      MessageKey key, byte[] panHash, String serialHex, byte[] secret, byte[] digest) {

    /** Names the key and serial only: never the card or the secret. */
    @Override
    public String toString() {
      return "0302 CARD_SECRET " + key + " serial " + serialHex;
    }
  }

  private final CardSecretSeal wire;
  private final SecretKeySpec storageKey;
  private final SecureRandom random;

  /**
   * @param networkKey the network's card-secret key (32 bytes) the 0302's seal is opened with
   * @param panKey the issuer's PAN key, from which the storage key is derived
   */
  public CardSecrets(byte[] networkKey, byte[] panKey, SecureRandom random) {
    this.wire = new CardSecretSeal(networkKey, random);
    this.storageKey = new SecretKeySpec(storageKey(panKey), "AES");
    this.random = random;
  }

  /** HKDF-SHA256 of the PAN key, no salt, info {@value #STORAGE_INFO}: the AES-256 storage key. */
  static byte[] storageKey(byte[] panKey) {
    return hkdfSha256(panKey, STORAGE_INFO.getBytes(StandardCharsets.US_ASCII));
  }

  /** HKDF-SHA256 (RFC 5869) without salt (so HashLen zero bytes), 32 bytes of output. */
  static byte[] hkdfSha256(byte[] ikm, byte[] info) {
    byte[] prk = hmac(new byte[32], ikm);
    byte[] block = Arrays.copyOf(info, info.length + 1);
    block[info.length] = 1;
    return hmac(prk, block);
  }

  /** TransStain = HMAC-SHA256(CardSecret, XID), as SET's PIHead carries it. */
  static byte[] transStain(byte[] cardSecret, byte[] xid) {
    return hmac(cardSecret, xid);
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  /**
   * Reads a decoded 0302 and opens its seal.
   *
   * @throws Iso8583Exception when it is not an add to file SETCSEC or field 48 is malformed
   */
  Registration read(IsoMessage m, PanHasher hasher) throws Iso8583Exception {
    if (!CardSecretFile.ADD.equals(Fields.text(m, Fields.FILE_UPDATE_CODE))) {
      throw new Iso8583Exception("0302 with a file update code other than 1 (add)");
    }
    if (!CardSecretFile.FILE_NAME.equals(Fields.text(m, Fields.FILE_NAME))) {
      throw new Iso8583Exception("0302 for a file other than " + CardSecretFile.FILE_NAME);
    }
    CardSecretFile file = CardSecretFile.readFrom(m);
    String pan = Fields.text(m, Fields.PAN);
    byte[] panHash = hasher.hash(pan);
    byte[] secret =
        wire.open(pan, Fields.text(m, Fields.EXPIRY), file.serialHex(), file.sealed()).orElse(null);
    return new Registration(
        new MessageKey(
            Fields.text(m, Fields.TERMINAL),
            Fields.text(m, Fields.STAN),
            Fields.text(m, Fields.TRANSMITTED)),
        panHash,
        file.serialHex(),
        secret,
        FinancialRequest.digest(MessageClass.CARD_SECRET, m, panHash));
  }

  /** Decides a registration inside the message's transaction (the key's lock is held). */
  Decision decide(LedgerTx tx, Registration r) throws SQLException {
    if (r.secret() == null) {
      return Decision.refuse(ResponseCode.SECURITY_VIOLATION);
    }
    Optional<Account> found = tx.lockAccount(r.panHash());
    if (found.isEmpty()) {
      return Decision.refuse(ResponseCode.INVALID_CARD_NUMBER);
    }
    long account = found.get().id();
    Optional<byte[]> sealed = tx.cardSecret(account, r.serialHex());
    if (sealed.isEmpty()) {
      tx.insertCardSecret(account, r.serialHex(), sealAtRest(account, r.serialHex(), r.secret()));
      return new Decision(ResponseCode.APPROVED.code(), null, account, null, null);
    }
    Optional<byte[]> held = openAtRest(account, r.serialHex(), sealed.get());
    boolean same = held.isPresent() && MessageDigest.isEqual(held.get(), r.secret());
    held.ifPresent(h -> Arrays.fill(h, (byte) 0));
    return same
        ? new Decision(ResponseCode.APPROVED.code(), null, account, null, null)
        : Decision.refuse(ResponseCode.SECURITY_VIOLATION, account);
  }

  /**
   * Whether {@code transStain} is the TransStain of {@code xid} under the CardSecret held for the
   * account and cardholder certificate; false when none is held (or it does not open).
   */
  boolean verifies(LedgerTx tx, long account, String serialHex, byte[] xid, byte[] transStain)
      throws SQLException {
    Optional<byte[]> secret =
        tx.cardSecret(account, serialHex).flatMap(s -> openAtRest(account, serialHex, s));
    if (secret.isEmpty()) {
      return false;
    }
    try {
      return MessageDigest.isEqual(transStain(secret.get(), xid), transStain);
    } finally {
      Arrays.fill(secret.get(), (byte) 0);
    }
  }

  byte[] sealAtRest(long account, String serialHex, byte[] secret) {
    byte[] nonce = new byte[CardSecretSeal.NONCE_LENGTH];
    random.nextBytes(nonce);
    return CardSecretSeal.encrypt(storageKey, nonce, restAad(account, serialHex), secret);
  }

  Optional<byte[]> openAtRest(long account, String serialHex, byte[] sealed) {
    return CardSecretSeal.decrypt(storageKey, restAad(account, serialHex), sealed);
  }

  private static byte[] restAad(long account, String serialHex) {
    return (account + "|" + serialHex).getBytes(StandardCharsets.US_ASCII);
  }
}
