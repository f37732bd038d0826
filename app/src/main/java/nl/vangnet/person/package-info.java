/**
 * Persons: who they are (BSN, or the Wmo 2015 art. 5.2.9 identification without one), one record per BSN, matched
 * when a report or advice request names them again, and the radar that finds a person's earlier involvement. Which
 * dossier a person is in, and with which role, is the dossier module's; where else they appear, the modules that
 * hold it tell the radar ({@link nl.vangnet.person.RadarSources}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persons")
@nl.vangnet.platform.OwnsTables({"person", "person_merged", "person_change", "person_restriction"})
package nl.vangnet.person;
