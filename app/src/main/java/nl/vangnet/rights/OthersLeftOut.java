package nl.vangnet.rights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vangnet.dossier.DossierView;

/**
 * Takes what identifies other persons out of a household text given to one person (a copy or inspection, AVG art. 15):
 * every known form of their names (full name, given names and each of them, surname with and without its prefix),
 * their BSNs and dates of birth (as written in Dutch and ISO), and the reporter's identity, each replaced by
 * {@link #MARK}. Matches whole words, any case; longer forms first.
 */
final class OthersLeftOut {

    static final String MARK = "[…]";

    private static final List<DateTimeFormatter> DATES = Stream.of("dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy",
            "d/M/yyyy", "dd.MM.yyyy", "d MMMM yyyy", "d MMM yyyy")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.forLanguageTag("nl"))).toList();

    private final Pattern pattern;

    private OthersLeftOut(Set<String> words) {
        String alternatives = words.stream().filter(w -> w.strip().length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w.strip())).collect(Collectors.joining("|"));
        this.pattern = alternatives.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What identifies {@code others} and the reporters ({@code reporterWords}). */
    static OthersLeftOut of(List<DossierView.InvolvedPerson> others, List<String> reporterWords) {
        Set<String> words = new LinkedHashSet<>(reporterWords);
        for (DossierView.InvolvedPerson p : others) {
            words.addAll(nameForms(p.givenNames(), p.surnamePrefix(), p.surname()));
            if (p.bsn() != null) {
                words.add(p.bsn());
            }
            if (p.dateOfBirth() != null) {
                words.addAll(dateForms(p.dateOfBirth()));
            }
        }
        return new OthersLeftOut(words);
    }

    static List<String> nameForms(String givenNames, String prefix, String surname) {
        Set<String> forms = new LinkedHashSet<>();
        String given = blankToEmpty(givenNames);
        String sur = blankToEmpty(surname);
        String withPrefix = (blankToEmpty(prefix) + " " + sur).strip();
        forms.add((given + " " + withPrefix).strip());
        forms.add(given);
        forms.addAll(List.of(given.split("\\s+")));
        forms.add(withPrefix);
        forms.add(sur);
        forms.removeIf(String::isBlank);
        return List.copyOf(forms);
    }

    static List<String> dateForms(LocalDate day) {
        return DATES.stream().map(day::format).distinct().toList();
    }

    /** The text with every form left out; null stays null. */
    String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
