package org.agentset.db;

/**
 * The parties that own a database schema. Each party is its own trust domain: it migrates, reads and
 * writes only its own schema, never another party's tables.
 */
public enum Party {
  CA("ca"),
  ANS("ans"),
  MERCHANT("merchant"),
  GATEWAY("gateway"),
  BANK("bank");

  private final String schema;

  Party(String schema) {
    this.schema = schema;
  }

  /** The PostgreSQL schema that holds this party's tables. */
  public String schema() {
    return schema;
  }

  /** The classpath location of this party's Flyway migrations. */
  public String migrationLocation() {
    return "classpath:db/migration/" + schema;
  }
}
