// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * docs/decision.schema.json describes what {@code pacta check --format json} prints: real decisions, for every case
 * of examples/cases and for cases built here to reach each outcome, validate against it with a JSON Schema 2020-12
 * validator (formats asserted), and a decision that breaks it does not.
 */
class DecisionSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    private static Path root() {
        return Path.of(System.getProperty("pacta.root", "../..")).toAbsolutePath().normalize();
    }

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(root().resolve("docs/decision.schema.json")), InputFormat.JSON, config);
    }

    private static String check(Path caseFile, String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--case", caseFile.toString()));
        args.addAll(List.of(paths));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, caseFile + ": " + err);
        return out.toString();
    }

    private static JsonNode valid(String decision) throws IOException {
        Set<ValidationMessage> errors = schema.validate(decision, InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors + "\n" + decision);
        return MAPPER.readTree(decision);
    }

    private String checkCase(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), json);
        return check(file, root().resolve("examples").toString());
    }

    @Test
    void everyExampleCaseGivesAValidDecision() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(root().resolve("examples/cases"))) {
            cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(cases.size() >= 4, "examples/cases holds the sample cases: " + cases);
        for (Path file : cases) {
            valid(check(file, root().resolve("examples").toString()));
        }
    }

    @Test
    void mustExecuteWithUnexaminedGroundsIsValid() throws IOException {
        JsonNode decision = valid(checkCase("""
                {"id": "T-EXECUTE", "modality": "extradition", "purpose": "prosecution", "requesting": "AM", "requested": "MD",
                 "date": "2024-03-01",
                 "facts": {"offence.max-penalty": "P5Y", "offence.max-penalty-requested": "P5Y", "offence.dual-criminality": true,
                           "person.nationality": ["AM"]},
                 "events": {"request.received": "2024-01-15"}}
                """));
        assertEquals("MUST_EXECUTE", decision.get("outcome").asText());
        assertTrue(stream(decision.get("grounds")).anyMatch(g -> g.get("applies").asText().equals("unknown")));
        assertTrue(stream(decision.get("obligations")).anyMatch(o -> o.get("due").asText().equals("2024-03-15")));
    }

    @Test
    void noLegalBasisIsValid() throws IOException {
        JsonNode decision = valid(checkCase("""
                {"id": "T-NO-BASIS", "modality": "surrender", "purpose": "prosecution", "requesting": "RO", "requested": "ES",
                 "date": "2024-03-01", "facts": {"offence.category": "fraud"}}
                """));
        assertEquals("NO_LEGAL_BASIS", decision.get("outcome").asText());
        assertEquals(0, decision.get("legalBasis").size());
    }

    @Test
    void outOfScopeIsValid() throws IOException {
        JsonNode decision = valid(checkCase("""
                {"id": "T-OUT", "modality": "extradition", "purpose": "enforcement", "requesting": "AM", "requested": "MD",
                 "date": "2024-03-01",
                 "facts": {"sentence.remaining": "P2M", "offence.dual-criminality": true, "refusal.claimed": ["nationality", "bank-secrecy"]}}
                """));
        assertEquals("OUT_OF_SCOPE", decision.get("outcome").asText());
        assertTrue(stream(decision.get("claimedGrounds")).anyMatch(c -> c.get("decidedBy").isNull()),
                "a claim no instrument provides is decided by no article");
    }

    @Test
    void aDecisionThatBreaksTheSchemaIsRejected() throws IOException {
        ObjectNode decision = (ObjectNode) MAPPER.readTree(check(root().resolve("examples/cases/am-md-national.json"),
                root().resolve("examples").toString()));
        assertTrue(schema.validate(decision).isEmpty());
        ObjectNode wrongOutcome = decision.deepCopy().put("outcome", "PROBABLY_FINE");
        assertFalse(schema.validate(wrongOutcome).isEmpty(), "outcome outside the enumeration");
        ObjectNode missing = decision.deepCopy();
        missing.remove("missingFacts");
        assertFalse(schema.validate(missing).isEmpty(), "required field left out");
        ObjectNode extra = decision.deepCopy().put("confidence", 0.9);
        assertFalse(schema.validate(extra).isEmpty(), "field the schema does not describe");
        ObjectNode badDate = decision.deepCopy();
        ((ObjectNode) stream(badDate.get("obligations")).filter(o -> !o.get("due").isNull()).findFirst().orElseThrow())
                .put("due", "2024-02-30");
        assertFalse(schema.validate(badDate).isEmpty(), "due is a calendar date");
        ObjectNode badTruth = decision.deepCopy();
        ((ObjectNode) badTruth.get("grounds").get(0)).put("applies", "maybe");
        assertFalse(schema.validate(badTruth).isEmpty(), "applies is true, false or unknown");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
