package nl.vangnet.staff;

import nl.vangnet.platform.InstallationMode;

/** Published once at startup, after the database's mode is settled and before any request is served. */
public record InstallationClaimed(InstallationMode mode, boolean hasStaff) {
}
