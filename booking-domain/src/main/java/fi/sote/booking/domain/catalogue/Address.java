package fi.sote.booking.domain.catalogue;

import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.Invariants;

/** A Finnish street address; the postal code is the area (postinumeroalue) searches filter by. */
public record Address(String street, String postalCode, String postOffice) {

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    public Address {
        street = Invariants.text("street", street, 200);
        postalCode = Invariants.matching("postalCode", postalCode, POSTAL_CODE, "must be five digits");
        postOffice = Invariants.text("postOffice", postOffice, 100);
    }
}
