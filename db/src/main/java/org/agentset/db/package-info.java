/**
 * Persistence shared by the server-side parties: one PostgreSQL schema per party, migrated by
 * Flyway when the party deploys; JPA entities in one sub-package per party.
 */
package org.agentset.db;
