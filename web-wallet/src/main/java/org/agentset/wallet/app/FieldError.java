package org.agentset.wallet.app;

/**
 * One thing wrong with the customer's input.
 *
 * @param field the input's name, as in the form and the JSON body
 * @param message what is wrong, for the customer; never the rejected value itself
 */
public record FieldError(String field, String message) {}
