package nl.vangnet.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vangnet.person.FieldChange;
import nl.vangnet.person.Person;
import nl.vangnet.person.PersonDetails;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.RadarHit;
import nl.vangnet.platform.FreeText;

/** A person of a dossier with their role in it, as a worker on the case corrects them. */
public record DossierPerson(UUID dossierId, UUID personId, PersonRole role, String bsn, String surname,
        String surnamePrefix, String givenNames, String dateOfBirth, String gender, String postcode, String houseNumber,
        String municipalityCode, @FreeText String identificationMissingReason, boolean restricted,
        List<OwnStatements.OwnStatement> ownStatements) {

    /**
     * {@code restricted}: the processing of the person's data is restricted (AVG art. 18): shown, edits refused.
     * {@code ownStatements}: the person's own statements in this dossier, shown with their data.
     */
    static DossierPerson of(UUID dossierId, PersonDetails p, PersonRole role, boolean restricted,
            List<OwnStatements.OwnStatement> ownStatements) {
        return new DossierPerson(dossierId, p.id(), role, p.bsn(), p.surname(), p.surnamePrefix(), p.givenNames(),
                p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), p.gender(), p.postcode(), p.houseNumber(),
                p.municipalityCode(), p.identificationMissingReason(), restricted, ownStatements);
    }

    public String fullName() {
        return Person.fullName(givenNames, surnamePrefix, surname);
    }

    @Override
    public String toString() {
        return "DossierPerson[" + personId + "]";
    }

    /**
     * What a correction or an addition did: the person as they are now, each field changed (old and new value), and
     * the persons the radar now matches (where they appear, never what a dossier holds; {@code mayOpen} by the one
     * need-to-know rule), when the BSN or the name changed.
     */
    public record Saved(DossierPerson person, List<FieldChange> changes, List<RadarHit> matches) {
    }

    /** The history of a person in a dossier, newest first. */
    public record History(UUID dossierId, UUID personId, String fullName, boolean inDossier, List<Entry> entries) {
    }

    /**
     * One field changed: the earlier and the new value, who, when and why. The reason of a change made from another
     * dossier is not shown ({@code otherDossier}): it may say something about that dossier.
     */
    public record Entry(Instant changedAt, String changedBy, String field, @FreeText String oldValue,
            @FreeText String newValue, @FreeText String reason, boolean otherDossier) {
    }
}
