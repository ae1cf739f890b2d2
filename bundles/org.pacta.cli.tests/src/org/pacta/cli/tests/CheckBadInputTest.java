// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.cli.Main;

/**
 * {@code pacta check} on case files that are not valid: each is a usage error (exit 2) reported on one line as
 * {@code FILE: JSONPATH: message}, never a stack trace, and no decision is printed.
 */
class CheckBadInputTest {

    /** A valid case, as a template: each test breaks one thing. */
    private static final String VALID = """
            {
              "id": "AM-MD-BAD",
              "modality": "extradition",
              "purpose": "prosecution",
              "requesting": "AM",
              "requested": "MD",
              "date": "2024-03-01",
              "facts": {
                "offence.max-penalty": "P5Y",
                "offence.dual-criminality": true
              },
              "events": { "request.received": "2024-01-15" }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run check(String json) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] { "check", "--case", file.toString() }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Exit 2, one line naming the file and the JSON path, no stack trace, no decision. */
    private Run rejected(String json, String path, String message) throws IOException {
        Run run = check(json);
        assertEquals(2, run.code(), run.out() + run.err());
        String expected = dir.resolve("case.json") + ": " + path + ": ";
        assertTrue(run.err().startsWith(expected), "expected «" + expected + "…», got «" + run.err() + "»");
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
        return run;
    }

    @Test
    void theTemplateIsAValidCase() throws IOException {
        Run run = check(VALID);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Case AM-MD-BAD: "), run.out());
    }

    @Test
    void malformedJsonNamesThePathLineAndColumn() throws IOException {
        rejected(VALID.replace("\"offence.dual-criminality\": true", "\"offence.dual-criminality\": tru"),
                "$.facts['offence.dual-criminality']", "malformed JSON at line 10 column");
    }

    @Test
    void truncatedJsonIsMalformed() throws IOException {
        rejected(VALID.substring(0, VALID.indexOf("\"facts\"")), "$", "malformed JSON at line");
    }

    @Test
    void lenientJsonIsNotAccepted() throws IOException {
        rejected(VALID.replace("\"id\": \"AM-MD-BAD\"", "id: 'AM-MD-BAD'"), "$", "malformed JSON at line 2");
        rejected("// a comment\n" + VALID, "$", "malformed JSON at line 1");
        rejected(VALID + "{}", "$", "unexpected text after the end of the case");
    }

    @Test
    void emptyFileIsMalformed() throws IOException {
        rejected("", "$", "the file is empty");
    }

    @Test
    void unknownFactIsNamedWithASuggestion() throws IOException {
        rejected(VALID.replace("\"offence.dual-criminality\"", "\"offence.dual-criminalty\""),
                "$.facts['offence.dual-criminalty']", "unknown fact (did you mean offence.dual-criminality?)");
    }

    @Test
    void numberWhereADurationIsExpectedIsAWrongType() throws IOException {
        rejected(VALID.replace("\"P5Y\"", "5"), "$.facts['offence.max-penalty']", "expected an ISO 8601 duration");
    }

    @Test
    void stringWhereABooleanIsExpectedIsAWrongType() throws IOException {
        rejected(VALID.replace("\"offence.dual-criminality\": true", "\"offence.dual-criminality\": \"yes\""),
                "$.facts['offence.dual-criminality']", "expected true or false");
    }

    @Test
    void fractionWhereAWholeNumberIsExpectedIsRejected() throws IOException {
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"person.residence-years\": 2.5,"),
                "$.facts['person.residence-years']", "expected a whole number, got 2.5");
    }

    @Test
    void nullIsNotAFactValue() throws IOException {
        rejected(VALID.replace("\"offence.dual-criminality\": true", "\"offence.dual-criminality\": null"),
                "$.facts['offence.dual-criminality']", "leave out a fact that is unknown");
    }

    @Test
    void wrongItemInASetIsNamedByIndex() throws IOException {
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"person.nationality\": [\"MD\", 5],"),
                "$.facts['person.nationality'][1]", "expected an ISO 3166-1 alpha-2 state code");
    }

    @Test
    void unknownStateCodeIsRejected() throws IOException {
        rejected(VALID.replace("\"requested\": \"MD\"", "\"requested\": \"UK\""), "$.requested",
                "'UK' is not an ISO 3166-1 alpha-2 state code");
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"person.nationality\": [\"XX\"],"),
                "$.facts['person.nationality'][0]", "'XX' is not an ISO 3166-1 alpha-2 state code");
    }

    @Test
    void unknownFieldIsRejected() throws IOException {
        rejected(VALID.replace("\"requesting\"", "\"requestor\": \"AM\", \"requesting\""), "$.requestor", "unknown field");
    }

    @Test
    void duplicateNameIsRejected() throws IOException {
        rejected(VALID.replace("\"offence.dual-criminality\": true", "\"offence.dual-criminality\": true, \"offence.dual-criminality\": false"),
                "$.facts['offence.dual-criminality']", "duplicate name");
    }

    @Test
    void eventsInAnImpossibleOrderAreRejected() throws IOException {
        rejected(VALID.replace("{ \"request.received\": \"2024-01-15\" }",
                "{ \"request.received\": \"2024-01-15\", \"decision.final\": \"2024-01-10\" }"),
                "$.events['decision.final']", "decision.final (2024-01-10) cannot precede request.received (2024-01-15)");
    }

    @Test
    void eventAfterTheCaseDateIsRejected() throws IOException {
        rejected(VALID.replace("\"2024-01-15\"", "\"2024-04-15\""), "$.events['request.received']",
                "dated after the case date 2024-03-01");
    }

    @Test
    void impossibleDateIsRejected() throws IOException {
        rejected(VALID.replace("\"date\": \"2024-03-01\"", "\"date\": \"2024-02-30\""), "$.date", "expected a date YYYY-MM-DD");
    }

    @Test
    void factThatContradictsTheRequestIsRejected() throws IOException {
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"request.purpose\": \"enforcement\","),
                "$.facts['request.purpose']", "contradicts $.purpose 'prosecution'");
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"person.nationality\": [\"AM\"], \"person.national-of-requested\": true,"),
                "$.facts['person.national-of-requested']", "contradicts person.nationality");
    }

    @Test
    void eventGivenAsAFactIsRejected() throws IOException {
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"person.arrested\": \"2024-01-02\","),
                "$.facts['person.arrested']", "give its date under $.events");
    }

    @Test
    void deepNestingIsRejectedWithoutExhaustingTheStack() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        rejected(VALID.replace("\"P5Y\",", "\"P5Y\", \"request.documents\": " + deep + ","),
                "$.facts['request.documents'][0][0]…", "nests deeper than 64 levels");
    }

    @Test
    void invalidUtf8IsAUsageError() throws IOException {
        Path file = dir.resolve("case.json");
        Files.write(file, new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] { "check", "--case", file.toString() }, new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("not valid UTF-8"), err.toString());
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        assertEquals(0, check("\uFEFF" + VALID).code());
    }
}
