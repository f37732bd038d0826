package nl.vangnet.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that breaks one or more rules, each tied to the field it is about (API: 400 with invalidParams). */
public class InvalidInputException extends RuntimeException {

    private final List<ApiProblems.InvalidParam> fields;

    public InvalidInputException(List<ApiProblems.InvalidParam> fields) {
        super("Ongeldige invoer: " + String.join(", ", fields.stream().map(ApiProblems.InvalidParam::name).toList()));
        this.fields = List.copyOf(fields);
    }

    public List<ApiProblems.InvalidParam> fields() {
        return fields;
    }

    /** Field name to Dutch message, the first message per field, in order. */
    public Map<String, String> byField() {
        Map<String, String> map = new LinkedHashMap<>();
        fields.forEach(f -> map.putIfAbsent(f.name(), f.reason()));
        return map;
    }
}
