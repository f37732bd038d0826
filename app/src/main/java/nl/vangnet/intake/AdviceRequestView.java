package nl.vangnet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AdviceRequestView(UUID id, String reference, Channel channel, Instant receivedAt, String seekerName,
        boolean madeUpName, ReporterType seekerType, ReporterCategory seekerCategory, String seekerOrganisation,
        String concern, List<ViolenceType> violenceTypes, String adviceGiven, String agreement, LocalDate callBackOn,
        Instant callBackDoneAt, List<Person> persons, List<Contact> contacts, List<UUID> reportIds, String createdBy) {

    public record Person(UUID personId, String role, String surname, String givenNames, LocalDate dateOfBirth) {
    }

    public record Contact(Instant occurredAt, Channel channel, String summary, String by) {
    }
}
