// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.cases;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Parses case files as RFC 8259 JSON, nothing more lenient: no comments, unquoted names, single quotes or trailing
 * text, no duplicate names, and a bounded depth so that a hostile file cannot exhaust the stack. Errors name the
 * JSON path in the form case errors use ({@code $.facts['offence.max-penalty']}) and the line and column.
 */
final class StrictJson {

    /** Case files nest three levels deep; anything far deeper is not a case. */
    static final int MAX_DEPTH = 64;

    private final JsonReader reader;
    private final Deque<String> path = new ArrayDeque<>();

    private StrictJson(String text) {
        reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
    }

    /** The document as a Gson tree. */
    static JsonElement parse(String text) throws CaseException {
        // a byte order mark is not JSON, but editors write it; it carries no meaning
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw new CaseException("$", "malformed JSON: the file is empty");
        }
        StrictJson parser = new StrictJson(json);
        try {
            JsonElement root = parser.value(0);
            boolean trailing;
            try {
                trailing = parser.reader.peek() != JsonToken.END_DOCUMENT;
            } catch (MalformedJsonException e) {
                trailing = true; // strict Gson refuses a second top-level value outright
            }
            if (trailing) {
                throw parser.malformed("unexpected text after the end of the case");
            }
            return root;
        } catch (EOFException e) {
            throw parser.malformed("the file ends before the JSON value does");
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            throw parser.malformed(gsonReason(e.getMessage()));
        } catch (IOException e) {
            throw parser.malformed(String.valueOf(e.getMessage()));
        }
    }

    private JsonElement value(int depth) throws IOException, CaseException {
        if (depth > MAX_DEPTH) {
            // the path of so deep a value would fill the screen: its first steps say where it is
            throw new CaseException("$" + String.join("", path.stream().limit(4).toList()) + "…",
                    "the JSON nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    path.addLast(member(name));
                    if (object.has(name)) {
                        throw new CaseException(path(), "duplicate name in a JSON object");
                    }
                    object.add(name, value(depth + 1));
                    path.removeLast();
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                for (int i = 0; reader.hasNext(); i++) {
                    path.addLast("[" + i + "]");
                    array.add(value(depth + 1));
                    path.removeLast();
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw malformed("expected a JSON value");
        }
    }

    /** {@code .name} for plain names, {@code ['name']} for names with dots, dashes or other characters. */
    static String member(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private String path() {
        return "$" + String.join("", path);
    }

    private CaseException malformed(String reason) {
        return new CaseException(path(), "malformed JSON at " + position() + ": " + reason);
    }

    /** Line and column of the reader, taken from Gson's description of its position. */
    private String position() {
        String location = reader.toString(); // "JsonReader at line 3 column 7 path $.facts"
        int at = location.indexOf("line ");
        int end = location.indexOf(" path ");
        return at < 0 ? "an unknown position" : location.substring(at, end < 0 ? location.length() : end);
    }

    /** Gson's message without its position (we give our own) and its link to a troubleshooting page. */
    private static String gsonReason(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        String reason = message;
        int see = reason.indexOf("\nSee ");
        if (see >= 0) {
            reason = reason.substring(0, see);
        }
        int at = reason.indexOf(" at line ");
        if (at >= 0) {
            reason = reason.substring(0, at);
        }
        reason = reason.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "")
                .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "").strip();
        // Gson says no more than that the text is not strict JSON: say what usually makes it so
        return reason.isEmpty() ? "not valid JSON (names and strings need double quotes, true, false and null are lower "
                + "case, and JSON has no comments)" : reason;
    }
}
