/** The merchant server's entities (schema {@code merchant}); never a card number. */
package org.agentset.db.merchant;
