// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.cli.Main;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.Network;
import org.pacta.model.ObligationModelResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code pacta compile}: one network from the library and the sources, written deterministically and atomically. */
class CompileCommandTest {

    private static final String TREATY = "examples.extradition.AM_MD_Extradition";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String examples() {
        return Path.of(System.getProperty("pacta.root", "../..")).resolve("examples").toAbsolutePath().normalize().toString();
    }

    @Test
    void compilingTheSameSourcesTwiceGivesByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, run("compile", examples(), "-o", first.toString()).code());
        Run again = run("compile", examples(), "--output", second.toString());
        assertEquals(0, again.code(), again.err());
        for (String file : List.of("network.pacta.xmi", "network.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void theModelLoadsBackWithTheTreatyAsCompiled() throws IOException {
        assertEquals(0, run("compile", examples(), "-o", dir.toString()).code());
        Network network = (Network) ObligationModelResources.load(ObligationModelResources.createResourceSet(),
                URI.createFileURI(dir.resolve("network.pacta.xmi").toString())).getContents().get(0);
        Instrument treaty = network.getInstruments().stream().filter(i -> i.getId().equals(TREATY)).findFirst().orElseThrow();
        assertEquals("un.models.ModelTreatyOnExtradition", treaty.getDerivedFrom().getId());
        Ground nationality = (Ground) treaty.getArticles().stream().flatMap(a -> a.getProvisions().stream())
                .filter(p -> p.getCitation().equals("4(a)")).findFirst().orElseThrow();
        assertEquals(GroundKind.MANDATORY, nationality.getKind(), "the treaty replaces the model's optional ground");
        assertTrue(network.getInstruments().stream().anyMatch(i -> i.getId().equals("un.conventions.UNTOC")), "library compiled in");
    }

    @Test
    void theJsonSummarisesInstrumentsArticlesProvisionsAndMemberships() throws IOException {
        assertEquals(0, run("compile", examples(), "-o", dir.toString()).code());
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("network.json"))).getAsJsonObject();
        assertEquals("pacta-network/1", json.get("format").getAsString());
        JsonArray instruments = json.getAsJsonArray("instruments");
        assertEquals(json.getAsJsonObject("summary").get("instruments").getAsInt(), instruments.size());
        JsonObject treaty = find(instruments, "id", TREATY);
        assertEquals("1 year", find(treaty.getAsJsonArray("parameters"), "name", "min-penalty").get("fixed").getAsString());
        JsonObject ground = provision(treaty, "4(a)");
        assertEquals("ground", ground.get("kind").getAsString());
        assertEquals("mandatory", ground.get("ground").getAsString());
        assertEquals("person.national-of-requested", ground.get("if").getAsString());
        assertEquals("requested shall submit-for-prosecution if requesting.asks-prosecution",
                ground.getAsJsonArray("then").get(0).getAsString());
        assertEquals("prosecution: offence.max-penalty >= 1 year in both states",
                provision(treaty, "2(1)").getAsJsonArray("thresholds").get(0).getAsString());
        assertEquals("40 days from person.arrested", provision(treaty, "9(4)").get("within").getAsString());
        assertEquals(2, treaty.getAsJsonObject("membership").get("parties").getAsInt());
        JsonObject untoc = find(instruments, "id", "un.conventions.UNTOC");
        assertTrue(untoc.getAsJsonObject("membership").get("parties").getAsInt() > 180, "UNTOC has its parties counted");
        assertEquals("(offence.convention-offence or offence.max-penalty >= 4 years) and offence.transnational"
                + " and offence.organised-criminal-group", provision(untoc, "3(1)").get("appliesIf").getAsString());
        assertEquals("subsidiary", provision(untoc, "18(7)").get("rule").getAsString());
    }

    @Test
    void recompilingReplacesTheFilesAndLeavesNoTemporaryFiles() throws IOException {
        Files.writeString(dir.resolve("network.json"), "stale");
        assertEquals(0, run("compile", examples(), "-o", dir.toString()).code());
        assertTrue(Files.readString(dir.resolve("network.json")).startsWith("{"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("network.json", "network.pacta.xmi"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void sourcesWithErrorsExitOneAndWriteNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pacta"), "package bad\ninstrument Bad {\n    kind bilateral\n    parties MD, UK\n}\n");
        Path output = dir.resolve("out");
        Run run = run("compile", bad.toString(), "-o", output.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(bad + ":4:17: error: 'UK' is not an ISO 3166-1 alpha-2 state code"), run.err());
        assertTrue(run.err().contains("nothing written"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void theOutputFolderIsRequired() {
        Run run = run("compile", examples());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Missing required option: '--output=DIR'"), run.err());
    }

    private static JsonObject find(JsonArray array, String key, String value) {
        for (JsonElement element : array) {
            if (element.getAsJsonObject().get(key).getAsString().equals(value)) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + key + " " + value);
    }

    private static JsonObject provision(JsonObject instrument, String citation) {
        for (JsonElement article : instrument.getAsJsonArray("articles")) {
            for (JsonElement provision : article.getAsJsonObject().getAsJsonArray("provisions")) {
                if (provision.getAsJsonObject().get("citation").getAsString().equals(citation)) {
                    return provision.getAsJsonObject();
                }
            }
        }
        throw new AssertionError("no provision " + citation);
    }
}
