package nl.vangnet.dossier;

/** Where a household lives: postcode, house number and municipality (CBS code). */
public record Household(String postcode, String houseNumber, String municipalityCode) {
}
