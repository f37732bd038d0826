package nl.vangnet.inforequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the professional's page shows once the code is right, and nothing more: who asks (the worker, Veilig Thuis),
 * about whom (names and dates of birth), why, how they answer, and the text to check (empty to write).
 */
public record ProfessionalPage(UUID requestId, String workerName, String professionalName, List<Person> persons,
        String purpose, RequestChannel channel, LocalDate dueOn, String text, boolean textByWorker) {

    public record Person(String name, LocalDate dateOfBirth) {
    }
}
