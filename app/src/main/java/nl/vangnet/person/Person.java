package nl.vangnet.person;

import java.time.LocalDate;
import java.util.UUID;

/** A registered person: how they are identified. */
public record Person(UUID id, String surname, String surnamePrefix, String givenNames, LocalDate dateOfBirth,
        String bsn) {

    public String fullName() {
        return fullName(givenNames, surnamePrefix, surname);
    }

    /** Given names, particle and surname, as a person is addressed ("Sem van der Berg"). */
    public static String fullName(String givenNames, String surnamePrefix, String surname) {
        StringBuilder sb = new StringBuilder();
        if (givenNames != null && !givenNames.isBlank()) {
            sb.append(givenNames).append(' ');
        }
        if (surnamePrefix != null && !surnamePrefix.isBlank()) {
            sb.append(surnamePrefix).append(' ');
        }
        return sb.append(surname).toString();
    }
}
