package org.agentset.bank.ra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;

/** The reversal journal in the gateway's schema ({@code gateway.pending_reversal}). */
final class JdbcReversalJournal implements ReversalJournal {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final DataSource dataSource;

  JdbcReversalJournal(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long record(PendingReversal p) throws JournalException {
    TransactionReference auth = p.authorisation();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into gateway.pending_reversal (terminal_id, merchant_id, stan, transmitted,"
                    + " rrn, original_stan, original_transmitted, processing_code, amount, currency,"
                    + " xid, trans_stain, state, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, 'PENDING', ?) on conflict (terminal_id, stan, transmitted)"
                    + " do update set attempts = excluded.attempts returning id")) {
      s.setString(1, auth.acceptor().terminalId());
      s.setString(2, auth.acceptor().merchantId());
      s.setString(3, p.trace().stanText());
      s.setObject(4, OffsetDateTime.ofInstant(p.trace().transmitted(), ZoneOffset.UTC));
      s.setString(5, auth.retrievalReference());
      s.setString(6, auth.trace().stanText());
      s.setObject(7, OffsetDateTime.ofInstant(auth.trace().transmitted(), ZoneOffset.UTC));
      s.setString(8, AcquirerMessages.PURCHASE);
      s.setLong(9, auth.amount().minorUnits());
      s.setString(10, auth.amount().currency().getCurrencyCode());
      s.setString(11, auth.set() == null ? null : auth.set().xidHex());
      s.setString(12, auth.set() == null ? null : auth.set().transStainHex());
      s.setInt(13, p.attempts());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new JournalException("cannot journal reversal " + p.trace().stanText(), e);
    }
  }

  @Override
  public void attempted(PendingReversal p) throws JournalException {
    update("update gateway.pending_reversal set attempts = ? where id = ?", p, null);
  }

  @Override
  public void acknowledged(PendingReversal p, String responseCode) throws JournalException {
    update(
        "update gateway.pending_reversal set attempts = ?, state = 'ACKNOWLEDGED',"
            + " acknowledged_at = now(), response_code = ? where id = ?",
        p,
        responseCode);
  }

  private void update(String sql, PendingReversal p, String responseCode) throws JournalException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      s.setInt(i++, p.attempts());
      if (responseCode != null) {
        s.setString(i++, responseCode);
      }
      s.setLong(i, p.journalId());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new JournalException("cannot update journaled reversal " + p.journalId(), e);
    }
  }

  @Override
  public List<PendingReversal> pending() throws JournalException {
    List<PendingReversal> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, terminal_id, merchant_id, stan, transmitted, rrn, original_stan,"
                    + " original_transmitted, amount, currency, xid, trans_stain, attempts"
                    + " from gateway.pending_reversal where state = 'PENDING' order by id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        result.add(read(rs));
      }
      return result;
    } catch (SQLException e) {
      throw new JournalException("cannot read the reversal journal", e);
    }
  }

  private PendingReversal read(ResultSet rs) throws SQLException {
    // the merchant category code is not part of a reversal; any valid code does
    Acceptor acceptor = new Acceptor(rs.getString(2), rs.getString(3), "0000");
    SetReference set =
        rs.getString(11) == null
            ? null
            : SetReference.of(HEX.parseHex(rs.getString(11)), HEX.parseHex(rs.getString(12)));
    TransactionReference auth =
        new TransactionReference(
            TransactionReference.Kind.AUTHORISATION,
            new Trace(Integer.parseInt(rs.getString(7)), rs.getObject(8, OffsetDateTime.class).toInstant()),
            acceptor,
            new Amount(rs.getLong(9), Currency.getInstance(rs.getString(10))),
            rs.getString(6),
            null,
            set);
    Trace own = new Trace(Integer.parseInt(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant());
    return new PendingReversal(rs.getLong(1), auth, own, rs.getInt(13));
  }
}
