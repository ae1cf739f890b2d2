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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.cli.Main;

/** {@code pacta validate}: output format, summary and exit codes on clean, faulty and unusable input. */
class ValidateCommandTest {

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

    private static Path examples() {
        return Path.of(System.getProperty("pacta.root", "../..")).resolve("examples").toAbsolutePath().normalize();
    }

    @Test
    void examplesPrintOnlyASummaryAndExitZero() {
        Run run = run("validate", examples().toString());
        assertEquals(0, run.code(), run.out() + run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(1, lines.length, run.out());
        assertTrue(lines[0].matches("Checked \\d+ file\\(s\\) and \\d+ library source\\(s\\): 0 errors, 0 warnings\\."), lines[0]);
    }

    @Test
    void errorIsPrintedAsFileLineColumnAndExitsOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pacta"), """
                package bad
                instrument Bad {
                    kind bilateral
                    parties MD, UK
                }
                """);
        Run run = run("validate", bad.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains(bad + ":4:17: error: 'UK' is not an ISO 3166-1 alpha-2 state code"), run.out());
        assertTrue(run.out().contains("1 error, 0 warnings."), run.out());
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("warn.pacta"), """
                package warn
                vocabulary extra {
                    event warn.undocumented-event
                }
                """);
        assertEquals(0, run("validate", file.toString()).code());
        Run strict = run("validate", "--fail-on", "warning", file.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.out().contains(":3:11: warning: 'warn.undocumented-event' has no documentation"), strict.out());
    }

    @Test
    void missingPathIsAUsageErrorWithoutStackTrace() {
        Run run = run("validate", dir.resolve("absent").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("pacta validate: cannot read "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("validate", "--no-such-option", examples().toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("validate"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void jsonReportCarriesPositionsAndCodes() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pacta"), "package bad\ninstrument Bad {\n    kind bilateral\n    parties MD, UK\n}\n");
        Run run = run("validate", "--format", "json", bad.toString());
        assertEquals(1, run.code());
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, report.get("errors").getAsInt());
        com.google.gson.JsonObject finding = report.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("pacta.invalid-state-code", finding.get("code").getAsString());
        assertEquals(4, finding.get("line").getAsInt());
        assertEquals(17, finding.get("column").getAsInt());
    }

    @Test
    void sarifReportHasRulesResultsAndRegions() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pacta"), "package bad\ninstrument Bad {\n    kind bilateral\n    parties MD, UK\n}\n");
        Run run = run("validate", "--format", "sarif", bad.toString());
        assertEquals(1, run.code());
        com.google.gson.JsonObject sarif = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        com.google.gson.JsonObject runObject = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        com.google.gson.JsonObject rule = runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
                .get(0).getAsJsonObject();
        assertEquals("pacta.invalid-state-code", rule.get("id").getAsString());
        assertTrue(rule.getAsJsonObject("help").get("text").getAsString().contains("ISO 3166-1"));
        com.google.gson.JsonObject result = runObject.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("error", result.get("level").getAsString());
        com.google.gson.JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(4, region.get("startLine").getAsInt());
        assertEquals(17, region.get("startColumn").getAsInt());
    }
}
