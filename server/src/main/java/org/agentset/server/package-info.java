/**
 * The run command and the server tooling shared with the integration tests: the embedded
 * PostgreSQL, the database check, and the WildFly process.
 */
package org.agentset.server;
