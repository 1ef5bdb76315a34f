/**
 * Persistence shared by the server-side parties: one PostgreSQL schema per party, migrated by
 * Flyway when the party deploys; JPA entities in one sub-package per party. Also the few pieces
 * every staffed party's web layer shares, because this jar is the one in the EAR's {@code lib/}:
 * the operator and status resource bases, the console gate ({@link
 * org.agentset.db.OperatorConsoleFilter}) and the operator consoles' stylesheet ({@code
 * META-INF/resources/css/console.css}, found by Faces on the class path).
 */
package org.agentset.db;
