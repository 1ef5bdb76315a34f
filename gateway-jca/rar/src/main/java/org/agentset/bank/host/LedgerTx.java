package org.agentset.bank.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The issuer's SQL, inside one transaction. Locks are always taken in the same order — the
 * message's own key, then its original's key (both advisory locks), then a hold row, then an
 * account row — so concurrent messages never deadlock one another: a repeat waits for its first
 * copy, a reversal or capture waits for the authorisation it names.
 */
final class LedgerTx {

  /** A card account's row, locked. */
  record Account(long id, String expiry, String status, String currency, long openToBuy) {}

  /** A hold's row, locked. */
  record Hold(long id, long accountId, long amount, String state, String approvalCode) {}

  /** A logged message. */
  record Logged(
      MessageClass messageClass,
      byte[] digest,
      String responseCode,
      String approvalCode,
      Long accountId,
      Long holdId,
      Long postingId,
      long amount) {}

  /**
   * What the ledger knows under a message's key: its logged answer, if any, and whether a reversal
   * naming that key as its original arrived first.
   */
  record Prior(Optional<Logged> logged, boolean earlyReversal) {}

  private final Connection c;

  LedgerTx(Connection c) {
    this.c = c;
  }

  /** Serialises every transaction that touches {@code key}, until this one ends. */
  void lock(MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
      s.setString(1, key.lockText());
      s.executeQuery().close();
    }
  }

  Optional<Logged> logged(MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select message_class, request_digest, response_code, approval_code, account_id,"
                + " hold_id, posting_id, amount from bank.message_log"
                + " where terminal_id = ? and stan = ? and transmitted = ?")) {
      bind(s, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(logged(rs)) : Optional.empty();
      }
    }
  }

  /** The logged answer and early reversal under {@code key}, in one round trip. */
  Prior prior(MessageKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select l.message_class, l.request_digest, l.response_code, l.approval_code,"
                + " l.account_id, l.hold_id, l.posting_id, l.amount, exists(select 1 from"
                + " bank.early_reversal e where e.terminal_id = ? and e.original_stan = ? and"
                + " e.original_transmitted = ?) from (values (1)) v left join bank.message_log l on"
                + " l.terminal_id = ? and l.stan = ? and l.transmitted = ?")) {
      bind(s, key);
      s.setString(4, key.terminal());
      s.setString(5, key.stan());
      s.setString(6, key.transmitted());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Prior(
            rs.getString(1) == null ? Optional.empty() : Optional.of(logged(rs)), rs.getBoolean(9));
      }
    }
  }

  private static Logged logged(ResultSet rs) throws SQLException {
    return new Logged(
        MessageClass.valueOf(rs.getString(1)),
        rs.getBytes(2),
        rs.getString(3),
        rs.getString(4),
        (Long) rs.getObject(5),
        (Long) rs.getObject(6),
        (Long) rs.getObject(7),
        rs.getLong(8));
  }

  /** Logs a message with its decision; returns the log row's id. */
  long log(FinancialRequest r, Decision d) throws SQLException {
    return log(r.key(), r.messageClass(), r.digest(), d, r.rrn(), r.amount(), r.xid());
  }

  /** Logs a message without a retrieval reference or amount (a 0302); returns the row's id. */
  long log(MessageKey key, MessageClass messageClass, byte[] digest, Decision d)
      throws SQLException {
    return log(key, messageClass, digest, d, null, 0, null);
  }

  private long log(
      MessageKey key,
      MessageClass messageClass,
      byte[] digest,
      Decision d,
      String rrn,
      long amount,
      byte[] xid)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bank.message_log (terminal_id, stan, transmitted, message_class,"
                + " request_digest, response_code, approval_code, rrn, amount, account_id, hold_id,"
                + " posting_id, xid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning"
                + " id")) {
      bind(s, key);
      s.setString(4, messageClass.name());
      s.setBytes(5, digest);
      s.setString(6, d.responseCode());
      s.setString(7, d.approvalCode());
      s.setString(8, rrn);
      s.setLong(9, amount);
      setLong(s, 10, d.accountId());
      setLong(s, 11, d.holdId());
      setLong(s, 12, d.postingId());
      s.setBytes(13, xid);
      return returnedId(s);
    }
  }

  void recordEarlyReversal(MessageKey original, long reversalLogId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bank.early_reversal (terminal_id, original_stan, original_transmitted,"
                + " reversal_log_id) values (?, ?, ?, ?) on conflict do nothing")) {
      bind(s, original);
      s.setLong(4, reversalLogId);
      s.executeUpdate();
    }
  }

  Optional<Account> lockAccount(byte[] panHash) throws SQLException {
    return account("pan_hash = ?", s -> s.setBytes(1, panHash));
  }

  Account lockAccount(long id) throws SQLException {
    return account("id = ?", s -> s.setLong(1, id))
        .orElseThrow(() -> new SQLException("account " + id + " vanished"));
  }

  private Optional<Account> account(String where, Binder binder) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, expiry, status, currency, open_to_buy from bank.card_account where "
                + where
                + " for update")) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Account(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
      }
    }
  }

  /** The sealed CardSecret held for the account and cardholder certificate serial, if any. */
  Optional<byte[]> cardSecret(long accountId, String serialHex) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select sealed_secret from bank.card_secret where account_id = ? and cardholder_serial"
                + " = ?")) {
      s.setLong(1, accountId);
      s.setString(2, serialHex);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    }
  }

  /** Adds a sealed CardSecret; the account row's lock keeps two adds of one serial apart. */
  void insertCardSecret(long accountId, String serialHex, byte[] sealed) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bank.card_secret (account_id, cardholder_serial, sealed_secret)"
                + " values (?, ?, ?)")) {
      s.setLong(1, accountId);
      s.setString(2, serialHex);
      s.setBytes(3, sealed);
      s.executeUpdate();
    }
  }

  /** Adds the deltas to the account's holds and postings and keeps open-to-buy in step. */
  void adjust(long accountId, long holdsDelta, long postingsDelta) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update bank.card_account set holds = holds + ?, postings = postings + ?,"
                + " open_to_buy = open_to_buy - ? - ? where id = ?")) {
      s.setLong(1, holdsDelta);
      s.setLong(2, postingsDelta);
      s.setLong(3, holdsDelta);
      s.setLong(4, postingsDelta);
      s.setLong(5, accountId);
      if (s.executeUpdate() != 1) {
        throw new SQLException("account " + accountId + " was not updated");
      }
    }
  }

  /**
   * Places an active hold and adds it to the account's holds, in one statement; returns the hold's
   * id.
   */
  long placeHold(long accountId, long amount, String approvalCode, String rrn, byte[] xid)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "with h as (insert into bank.hold (account_id, amount, state, approval_code, rrn, xid)"
                + " values (?, ?, 'ACTIVE', ?, ?, ?) returning id), a as (update bank.card_account"
                + " set holds = holds + ?, open_to_buy = open_to_buy - ? where id = ? returning id)"
                + " select h.id from h, a")) {
      s.setLong(1, accountId);
      s.setLong(2, amount);
      s.setString(3, approvalCode);
      s.setString(4, rrn);
      s.setBytes(5, xid);
      s.setLong(6, amount);
      s.setLong(7, amount);
      s.setLong(8, accountId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("account " + accountId + " was not updated");
        }
        return rs.getLong(1);
      }
    }
  }

  Optional<Hold> lockHold(long id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, account_id, amount, state, approval_code from bank.hold where id = ? for"
                + " update")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Hold(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
      }
    }
  }

  /** Ends an active hold as RELEASED or CAPTURED. */
  void closeHold(long id, String state) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update bank.hold set state = ?, closed_at = now() where id = ? and state ="
                + " 'ACTIVE'")) {
      s.setString(1, state);
      s.setLong(2, id);
      if (s.executeUpdate() != 1) {
        throw new SQLException("hold " + id + " was not active");
      }
    }
  }

  long insertPosting(long accountId, String kind, long amount, Long holdId, Long refunded)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bank.posting (account_id, kind, amount, hold_id, refunded_posting)"
                + " values (?, ?, ?, ?, ?) returning id")) {
      s.setLong(1, accountId);
      s.setString(2, kind);
      s.setLong(3, amount);
      setLong(s, 4, holdId);
      setLong(s, 5, refunded);
      return returnedId(s);
    }
  }

  /**
   * What a capture posting can still refund: its amount less the refunds against it. Refunds of one
   * capture are serialised by the advisory lock on the capture's key.
   */
  long refundable(long capturePostingId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select p.amount + coalesce((select sum(r.amount) from bank.posting r"
                + " where r.refunded_posting = p.id), 0) from bank.posting p where p.id = ?")) {
      s.setLong(1, capturePostingId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("posting " + capturePostingId + " vanished");
        }
        return rs.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement s, MessageKey key) throws SQLException {
    s.setString(1, key.terminal());
    s.setString(2, key.stan());
    s.setString(3, key.transmitted());
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static long returnedId(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }
}
