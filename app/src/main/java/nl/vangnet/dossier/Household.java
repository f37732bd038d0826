package nl.vangnet.dossier;

/** Where a household lives: postcode, house number, municipality (CBS code) and street (when known). */
public record Household(String postcode, String houseNumber, String municipalityCode, String street) {
}
