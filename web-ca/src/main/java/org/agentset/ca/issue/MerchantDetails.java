package org.agentset.ca.issue;

/**
 * What the acquirer registered about a merchant, written into SET's merchantData extension: the
 * merchant's id at its acquirer, the acquirer's BIN, the name and place cardholders see, the ISO
 * 3166 numeric country and whether the merchant may request authorisations.
 */
public record MerchantDetails(
    String merchantId,
    String acquirerBin,
    String name,
    String city,
    String stateProvince,
    String postalCode,
    String countryName,
    int countryCode,
    boolean mayAuthorise) {}
