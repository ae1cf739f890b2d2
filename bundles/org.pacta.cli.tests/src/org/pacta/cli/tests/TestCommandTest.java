// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code pacta test}: per-test lines, summary, exit codes and the JUnit XML report; the examples' scenario tests. */
class TestCommandTest {

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

    private static final String TREATY = """
            package sample
            import un.models.ModelTreatyOnExtradition
            instrument Treaty derives from ModelTreatyOnExtradition {
                kind bilateral
                modality extradition
                parties AM, MD
                in-force 2012-02-01
                fix min-penalty = 1 year
                fix min-remaining = 6 months
                fix provisional-arrest-days = 40 days
                fix speciality-lapse = 45 days
                article 18 "Time limit" {
                    norm 18(1): requested shall decide within 60 days from request.received
                }
            }
            """;

    /** The line of the test block with that name in the file. */
    private static int line(Path file, String name) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("test \"" + name + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no test " + name);
    }

    private Path write(String name, String tests) throws IOException {
        return Files.writeString(dir.resolve(name), TREATY + tests);
    }

    private static final String PASSING = """
            test "art 4(a): a national is refused" {
                request extradition for prosecution from AM to MD under Treaty on 2024-03-01
                facts offence.max-penalty = 5 years, offence.max-penalty-requested = 5 years,
                      offence.dual-criminality = true, person.nationality = {MD}, requesting.asks-prosecution = true
                events request.received on 2024-01-01
                expect outcome may-refuse
                expect ground 4(a) applies
                expect obligation submit-for-prosecution by 4(a)
                expect obligation decide by 18(1) due 2024-03-01
                expect basis Treaty
                expect missing offence.political
            }
            """;

    @Test
    void passingTestPrintsPassAndExitsZero() throws IOException {
        Path file = write("pass.pacta", PASSING);
        Run run = run("test", file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].startsWith("PASS  " + file + ":" + line(file, "art 4(a): a national is refused")
                + "  art 4(a): a national is refused  — cites Treaty art 4(a), 18(1)"),
                lines[0]);
        assertEquals("1 test(s) in 1 file(s): 1 passed, 0 failed.", lines[1]);
    }

    @Test
    void failingTestListsEveryFailedExpectationWithWhatTheDecisionSaidAndExitsOne() throws IOException {
        Path file = write("fail.pacta", PASSING + """
                test "art 2(1): wrong expectations" {
                    request extradition for prosecution from AM to MD under Treaty on 2024-03-01
                    facts offence.max-penalty = 11 months, offence.max-penalty-requested = 5 years,
                          offence.dual-criminality = true
                    events request.received on 2024-01-01
                    expect outcome must-execute
                    expect obligation decide by 18(1) due 2024-03-02
                    expect basis ModelTreatyOnExtradition
                }
                """);
        Run run = run("test", file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("PASS  " + file + ":" + line(file, "art 4(a): a national is refused") + "  art 4(a)"), run.out());
        assertTrue(run.out().contains("FAIL  " + file + ":" + line(file, "art 2(1): wrong expectations") + "  art 2(1): wrong expectations"), run.out());
        assertTrue(run.out().contains("expect outcome must-execute: the outcome is out-of-scope (Treaty art 2(1): "
                + "offence.max-penalty 11 months is below the threshold of 1 year — not met)"), run.out());
        assertTrue(run.out().contains("expect obligation decide by 18(1) due 2024-03-02: the obligations are "
                + "18(1) shall decide (requested, due 2024-03-01)"), run.out());
        assertTrue(run.out().contains("expect basis ModelTreatyOnExtradition: the legal bases are Treaty"), run.out());
        assertTrue(run.out().contains("2 test(s) in 1 file(s): 1 passed, 1 failed."), run.out());
    }

    @Test
    void underRequiresTheInstrumentToBeTheFirstBasis() throws IOException {
        Path file = write("under.pacta", """
                test "no basis before entry into force" {
                    request extradition for prosecution from AM to MD under Treaty on 2000-01-01
                }
                """);
        Run run = run("test", file.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("under Treaty: there is no legal basis"), run.out());
    }

    @Test
    void testWithoutDateRunsOnTheInForceDateOfItsInstrumentOrIsAnError() throws IOException {
        Path file = write("dates.pacta", """
                test "defaults to the in-force date" {
                    request extradition for prosecution from AM to MD under Treaty
                    facts offence.max-penalty = 5 years, offence.max-penalty-requested = 5 years,
                          offence.dual-criminality = true
                    expect outcome must-execute
                }
                test "no date and no instrument" {
                    request extradition for prosecution from AM to MD
                    expect outcome no-legal-basis
                }
                """);
        Run run = run("test", file.toString(), "--junit-xml", dir.resolve("report.xml").toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("PASS  " + file + ":" + line(file, "defaults to the in-force date") + "  defaults to the in-force date"), run.out());
        assertTrue(run.out().contains("FAIL  " + file + ":" + line(file, "no date and no instrument") + "  no date and no instrument"), run.out());
        assertTrue(run.out().contains("cannot run: the request has no date: write 'on YYYY-MM-DD'"), run.out());
    }

    @Test
    void junitXmlHasASuitePerFileACasePerTestAndFailureMessages() throws Exception {
        Path passing = write("a.pacta", PASSING);
        Path failing = Files.writeString(dir.resolve("b.pacta"), """
                package other
                import sample.Treaty
                test "wrong outcome & <escaped>" {
                    request extradition for prosecution from AM to MD under Treaty on 2024-03-01
                    facts offence.max-penalty = 5 years, offence.max-penalty-requested = 5 years,
                          offence.dual-criminality = false
                    expect outcome must-execute
                }
                """);
        Path report = dir.resolve("reports/junit.xml");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "stale");
        Run run = run("test", passing.toString(), failing.toString(), "--junit-xml", report.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(report)));
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("2", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element first = (Element) suites.item(0);
        assertEquals(passing.toString(), first.getAttribute("name"));
        assertEquals("0", first.getAttribute("failures"));
        Element second = (Element) suites.item(1);
        assertEquals("1", second.getAttribute("failures"));
        Element testcase = (Element) second.getElementsByTagName("testcase").item(0);
        assertEquals("wrong outcome & <escaped>", testcase.getAttribute("name"));
        assertEquals("3", testcase.getAttribute("line"));
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("expect outcome must-execute: the outcome is out-of-scope"),
                failure.getAttribute("message"));
        assertEquals(0, ((Element) first.getElementsByTagName("testcase").item(0)).getElementsByTagName("failure").getLength());
        // written atomically: no temporary file is left beside the report
        try (var files = Files.list(report.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void missingPathIsAUsageErrorWithoutStackTrace() {
        Run run = run("test", dir.resolve("absent").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("pacta test: cannot read "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unwritableReportIsAnIoError() throws IOException {
        Path file = write("pass.pacta", PASSING);
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Run run = run("test", file.toString(), "--junit-xml", blocker.resolve("junit.xml").toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().startsWith("pacta test: cannot write the JUnit XML report"), run.err());
    }

    @Test
    void sourcesWithErrorsArePrintedAndExitOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.pacta"), """
                package bad
                test "unknown fact" {
                    request extradition from AM to MD on 2024-03-01
                    facts offence.no-such-fact = true
                }
                """);
        Run run = run("test", file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":4:"), run.out());
        assertTrue(run.err().contains("fix them first"), run.err());
    }

    /** The scenario tests shipped under examples/tests: CI runs them through this test. */
    @Test
    void examplesScenarioTestsAllPass() {
        Run run = run("test", examples().toString());
        assertEquals(0, run.code(), run.out() + run.err());
        Matcher summary = Pattern.compile("(\\d+) test\\(s\\) in (\\d+) file\\(s\\): (\\d+) passed, 0 failed").matcher(run.out());
        assertTrue(summary.find(), run.out());
        assertTrue(Integer.parseInt(summary.group(1)) >= 60, summary.group());
        assertFalse(run.out().contains("FAIL  "), run.out());
    }
}
