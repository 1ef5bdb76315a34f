package org.agentset.db.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merchant schema's catalogue, order and API tables on a real PostgreSQL. */
class MerchantCatalogueMigrationTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    dataSource = postgres.getPostgresDatabase();
    SchemaMigrator.migrate(dataSource, Party.MERCHANT);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void everyMerchantHasTensOfProductsInFiveCategories() throws SQLException {
    assertThat(
            strings(
                "select m.code || ':' || count(p.id) from merchant.merchant m join merchant.product"
                    + " p on p.merchant_id = m.id group by m.code order by m.code"))
        .containsExactly("herbarium-tea:25", "nordlicht-books:24", "voltaic-parts:25");
    assertThat(strings("select count(*) from merchant.category")).containsExactly("15");
  }

  @Test
  void floorPricesAreBelowListPricesAndEveryProductHasDiscountTiers() throws SQLException {
    assertThat(
            strings(
                "select count(*) from merchant.product where floor_price >= list_price"
                    + " or floor_price < list_price * 0.8"))
        .containsExactly("0");
    assertThat(
            strings(
                "select count(*) from merchant.product p where not exists"
                    + " (select 1 from merchant.quantity_discount d where d.product_id = p.id)"))
        .containsExactly("0");
  }

  @Test
  void apiTokensAreStoredAsHashesOnly() throws SQLException {
    assertThat(
            strings(
                "select m.code from merchant.api_token t join merchant.merchant m on m.id ="
                    + " t.merchant_id where t.token_hash = sha256(convert_to("
                    + "'nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5', 'UTF8'))"))
        .containsExactly("nordlicht-books");
    assertThat(
            strings(
                "select count(*) from information_schema.columns where table_schema = 'merchant'"
                    + " and (column_name like '%pan%' or column_name like '%card%')"))
        .containsExactly("0");
  }

  @Test
  void theDatabaseRefusesAFloorAboveTheListPrice() {
    assertThatThrownBy(
            () ->
                execute(
                    "update merchant.product set floor_price = list_price + 1 where sku ="
                        + " 'NB-FIC-001'"))
        .hasMessageContaining("check");
  }

  private static List<String> strings(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
