package nl.vangnet.region;

/** A municipality (CBS code GMnnnn) with the Veilig Thuis region it belongs to in the reference year. */
public record Municipality(String code, String name, String province, String regionCode, String regionName) {
}
