/**
 * Municipalities and Veilig Thuis regions, as versioned reference data: which region a household's municipality
 * belongs to, and which municipality a place name means.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and municipalities")
@nl.vangnet.platform.OwnsTables({"municipality", "place_name", "vt_region", "reference_data_set"})
package nl.vangnet.region;
