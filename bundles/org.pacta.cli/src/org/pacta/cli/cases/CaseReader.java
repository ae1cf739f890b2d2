// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pacta.dsl.semantics.StateCodes;
import org.pacta.engine.LegalCase;
import org.pacta.engine.Span;
import org.pacta.model.BaseType;
import org.pacta.model.Fact;
import org.pacta.model.FactLiteral;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.model.Term;
import org.pacta.model.Vocabulary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads a case file (DESIGN.md, "Case format") against the vocabularies of the loaded network: every fact and event
 * must be declared and every value must have the declared type, and the dated events must be in an order that can
 * happen. Errors name the JSON path. The JSON itself is read strictly (RFC 8259, no duplicate names).
 */
public final class CaseReader {

    private static final Set<String> FIELDS = Set.of("id", "modality", "purpose", "requesting", "requested", "date",
            "facts", "events");

    /** Pairs of events that cannot happen in the other order: the second is never before the first. */
    private static final List<String[]> ORDER = List.of(
            new String[] { "person.arrested", "person.consented" },
            new String[] { "request.received", "decision.final" },
            new String[] { "decision.final", "surrender.new-date" },
            new String[] { "decision.final", "person.discharged" });

    private final Map<String, Term> terms = new HashMap<>();

    public CaseReader(Network network) {
        for (Vocabulary vocabulary : network.getVocabularies()) {
            for (Term term : vocabulary.getTerms()) {
                terms.put(term.getName(), term);
            }
        }
    }

    public LegalCase read(String json, String defaultId) throws CaseException {
        JsonElement root = StrictJson.parse(json);
        if (!root.isJsonObject()) {
            throw new CaseException("$", "a case is a JSON object");
        }
        JsonObject object = root.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new CaseException("$" + StrictJson.member(key), "unknown field; a case has "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String id = object.has("id") ? string(object, "id") : defaultId;
        Modality modality = Modality.get(string(required(object, "modality"), "modality"));
        if (modality == null) {
            throw new CaseException("$.modality", "unknown modality; use extradition, surrender, mla, transfer-of-proceedings or transfer-of-prisoners");
        }
        String purpose = object.has("purpose") ? string(object, "purpose") : null;
        if (purpose != null && !purpose.equals("prosecution") && !purpose.equals("enforcement")) {
            throw new CaseException("$.purpose", "the purpose is prosecution or enforcement");
        }
        String requesting = state(string(required(object, "requesting"), "requesting"), "$.requesting");
        String requested = state(string(required(object, "requested"), "requested"), "$.requested");
        if (requesting.equals(requested)) {
            throw new CaseException("$.requested", "the requested state is the requesting state");
        }
        LocalDate date = date(string(required(object, "date"), "date"), "$.date");
        Map<String, Object> facts = new LinkedHashMap<>();
        if (object.has("facts")) {
            JsonObject given = object(object.get("facts"), "$.facts");
            for (Map.Entry<String, JsonElement> entry : given.entrySet()) {
                facts.put(entry.getKey(), fact(entry.getKey(), entry.getValue()));
            }
        }
        purpose = request(facts, "request.purpose", purpose, "$.purpose");
        request(facts, "request.modality", modality.getLiteral(), "$.modality");
        if (facts.get("person.national-of-requested") instanceof Boolean national
                && facts.get("person.nationality") instanceof Set<?> nationalities
                && national != nationalities.contains(requested)) {
            throw new CaseException(path("$.facts", "person.national-of-requested"), "contradicts person.nationality "
                    + nationalities + " and the requested state " + requested);
        }
        Map<String, LocalDate> events = new LinkedHashMap<>();
        if (object.has("events")) {
            JsonObject given = object(object.get("events"), "$.events");
            for (Map.Entry<String, JsonElement> entry : given.entrySet()) {
                String path = path("$.events", entry.getKey());
                Term term = terms.get(entry.getKey());
                if (!(term instanceof org.pacta.model.Event)) {
                    throw new CaseException(path, term == null ? "unknown event" + suggestion(entry.getKey(), org.pacta.model.Event.class)
                            : entry.getKey() + " is a fact or action, not an event" + (term instanceof Fact ? ": give it under $.facts" : ""));
                }
                LocalDate when = date(primitive(entry.getValue(), path).getAsString(), path);
                if (when.isAfter(date) && !entry.getKey().equals("surrender.new-date")) {
                    throw new CaseException(path, "the event is dated after the case date " + date);
                }
                events.put(entry.getKey(), when);
            }
        }
        for (String[] pair : ORDER) {
            LocalDate first = events.get(pair[0]);
            LocalDate second = events.get(pair[1]);
            if (first != null && second != null && second.isBefore(first)) {
                throw new CaseException(path("$.events", pair[1]), pair[1] + " (" + second + ") cannot precede "
                        + pair[0] + " (" + first + ")");
            }
        }
        return new LegalCase(id, modality, purpose, requesting, requested, date, facts, events);
    }

    /**
     * A fact that repeats a field of the request ({@code request.purpose} for {@code purpose}): the field wins when
     * both agree and a disagreement is an error; given only as a fact, it stands for the field.
     */
    private static String request(Map<String, Object> facts, String fact, String field, String fieldPath) throws CaseException {
        Object given = facts.get(fact);
        if (given == null) {
            return field;
        }
        if (field != null && !field.equals(given)) {
            throw new CaseException(path("$.facts", fact), "'" + given + "' contradicts " + fieldPath + " '" + field + "'");
        }
        return (String) given;
    }

    private Object fact(String name, JsonElement value) throws CaseException {
        String path = path("$.facts", name);
        Term term = terms.get(name);
        if (term == null) {
            throw new CaseException(path, "unknown fact" + suggestion(name, Fact.class));
        }
        if (!(term instanceof Fact fact)) {
            throw new CaseException(path, name + " is an event or action, not a fact"
                    + (term instanceof org.pacta.model.Event ? ": give its date under $.events" : ""));
        }
        if (value.isJsonNull()) {
            throw new CaseException(path, "null is not a value: leave out a fact that is unknown");
        }
        if (fact.isSetValued()) {
            if (!value.isJsonArray()) {
                throw new CaseException(path, "expected an array");
            }
            Set<Object> items = new LinkedHashSet<>();
            int i = 0;
            for (JsonElement item : value.getAsJsonArray()) {
                String itemPath = path + "[" + i++ + "]";
                if (!items.add(single(fact, item, itemPath))) {
                    throw new CaseException(itemPath, "duplicate item");
                }
            }
            return items;
        }
        return single(fact, value, path);
    }

    private Object single(Fact fact, JsonElement value, String path) throws CaseException {
        JsonPrimitive primitive = primitive(value, path);
        if (!fact.getLiterals().isEmpty() && !primitive.isString()) {
            throw new CaseException(path, "expected one of " + String.join(", ", fact.getLiterals().stream().map(FactLiteral::getName).toList()));
        }
        if (!fact.getLiterals().isEmpty()) {
            String literal = primitive.getAsString();
            if (fact.getLiterals().stream().map(FactLiteral::getName).noneMatch(literal::equals)) {
                throw new CaseException(path, "'" + literal + "' is not one of "
                        + String.join(", ", fact.getLiterals().stream().map(FactLiteral::getName).toList()));
            }
            return literal;
        }
        BaseType type = fact.getBaseType();
        switch (type) {
            case BOOLEAN:
                if (!primitive.isBoolean()) {
                    throw new CaseException(path, "expected true or false");
                }
                return primitive.getAsBoolean();
            case NUMBER:
                if (!primitive.isNumber()) {
                    throw new CaseException(path, "expected a number");
                }
                return whole(primitive.getAsBigDecimal(), path);
            case DURATION:
                if (!primitive.isString()) {
                    throw new CaseException(path, "expected an ISO 8601 duration such as \"P5Y\", \"P6M\" or \"P60D\", or \"life\"");
                }
                try {
                    return Span.parse(primitive.getAsString());
                } catch (IllegalArgumentException e) {
                    throw new CaseException(path, e.getMessage());
                }
            case DATE:
                if (!primitive.isString()) {
                    throw new CaseException(path, "expected a date \"YYYY-MM-DD\"");
                }
                return date(primitive.getAsString(), path);
            case STATE:
                if (!primitive.isString()) {
                    throw new CaseException(path, "expected an ISO 3166-1 alpha-2 state code such as \"MD\"");
                }
                return state(primitive.getAsString(), path);
            default:
                if (!primitive.isString()) {
                    throw new CaseException(path, "expected a string");
                }
                return primitive.getAsString();
        }
    }

    /** Numbers of the vocabulary count things (years of residence): whole numbers in the range of a long. */
    private static Long whole(BigDecimal number, String path) throws CaseException {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new CaseException(path, "expected a whole number, got " + number.toPlainString());
        }
    }

    /** The JSON path of a member of an object, e.g. {@code $.facts['offence.max-penalty']}. */
    private static String path(String object, String member) {
        return object + StrictJson.member(member);
    }

    /** " (did you mean x?)" for the declared name of the same kind nearest to a misspelt one, or nothing. */
    private String suggestion(String name, Class<? extends Term> kind) {
        return terms.values().stream().filter(kind::isInstance).map(Term::getName)
                .filter(candidate -> distance(name, candidate) <= Math.max(2, name.length() / 5))
                .min(Comparator.comparingInt((String candidate) -> distance(name, candidate)).thenComparing(c -> c))
                .map(candidate -> " (did you mean " + candidate + "?)").orElse("");
    }

    /** Levenshtein distance, case-insensitive. */
    private static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    private static JsonElement required(JsonObject object, String key) throws CaseException {
        if (!object.has(key) || object.get(key).isJsonNull()) {
            throw new CaseException("$." + key, "missing");
        }
        return object.get(key);
    }

    private static String string(JsonObject object, String key) throws CaseException {
        return string(object.get(key), key);
    }

    private static String string(JsonElement element, String key) throws CaseException {
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new CaseException("$." + key, "expected a string");
        }
        return element.getAsString();
    }

    private static JsonObject object(JsonElement element, String path) throws CaseException {
        if (!element.isJsonObject()) {
            throw new CaseException(path, "expected an object");
        }
        return element.getAsJsonObject();
    }

    private static JsonPrimitive primitive(JsonElement element, String path) throws CaseException {
        if (element.isJsonNull()) {
            throw new CaseException(path, "null is not a value");
        }
        if (!element.isJsonPrimitive()) {
            throw new CaseException(path, "expected a single value, not " + (element.isJsonArray() ? "an array" : "an object"));
        }
        return element.getAsJsonPrimitive();
    }

    private static String state(String code, String path) throws CaseException {
        if (!StateCodes.isValid(code)) {
            throw new CaseException(path, "'" + code + "' is not an ISO 3166-1 alpha-2 state code");
        }
        return code;
    }

    private static LocalDate date(String text, String path) throws CaseException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CaseException(path, "expected a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
