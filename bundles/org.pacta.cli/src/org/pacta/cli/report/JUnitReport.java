// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.pacta.workspace.TestRunner.FileResults;
import org.pacta.workspace.TestRunner.TestResult;

/**
 * The results of {@code pacta test} as a JUnit XML report (the Ant/Surefire dialect CI servers read): one
 * {@code testsuite} per source file, one {@code testcase} per test, a {@code failure} per failing test listing every
 * failed expectation, an {@code error} for a test that could not run.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /** Writes the report to {@code target} atomically: to a temporary file beside it, then renamed over it. */
    public static void write(List<FileResults> results, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(results, out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(List<FileResults> results, Writer out) throws IOException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        long millis = 0;
        for (FileResults file : results) {
            for (TestResult test : file.tests()) {
                tests++;
                failures += test.error() == null && !test.failures().isEmpty() ? 1 : 0;
                errors += test.error() != null ? 1 : 0;
                millis += test.millis();
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"pacta test\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\" time=\"" + seconds(millis) + "\">\n");
        for (FileResults file : results) {
            long suiteFailures = file.tests().stream().filter(t -> t.error() == null && !t.failures().isEmpty()).count();
            long suiteErrors = file.tests().stream().filter(t -> t.error() != null).count();
            long suiteMillis = file.tests().stream().mapToLong(TestResult::millis).sum();
            out.write("  <testsuite name=\"" + attr(file.file()) + "\" tests=\"" + file.tests().size() + "\" failures=\""
                    + suiteFailures + "\" errors=\"" + suiteErrors + "\" skipped=\"0\" time=\"" + seconds(suiteMillis) + "\">\n");
            for (TestResult test : file.tests()) {
                out.write("    <testcase name=\"" + attr(test.name()) + "\" classname=\"" + attr(file.file()) + "\" file=\""
                        + attr(file.file()) + "\" line=\"" + test.line() + "\" time=\"" + seconds(test.millis()) + "\"");
                boolean body = test.error() != null || !test.failures().isEmpty() || test.unverified() != null || !test.cites().isEmpty();
                if (!body) {
                    out.write("/>\n");
                    continue;
                }
                out.write(">\n");
                if (test.unverified() != null || !test.cites().isEmpty()) {
                    out.write("      <properties>\n");
                    if (!test.cites().isEmpty()) {
                        out.write("        <property name=\"cites\" value=\"" + attr(String.join(", ", test.cites())) + "\"/>\n");
                    }
                    if (test.unverified() != null) {
                        out.write("        <property name=\"unverified\" value=\"" + attr(test.unverified()) + "\"/>\n");
                    }
                    out.write("      </properties>\n");
                }
                if (test.error() != null) {
                    out.write("      <error message=\"" + attr(test.error()) + "\" type=\"pacta.test-error\"/>\n");
                } else if (!test.failures().isEmpty()) {
                    out.write("      <failure message=\"" + attr(test.failures().get(0)) + "\" type=\"pacta.expectation\">"
                            + text(String.join("\n", test.failures())) + "</failure>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static String text(String value) {
        StringBuilder result = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> result.append("&amp;");
                case '<' -> result.append("&lt;");
                case '>' -> result.append("&gt;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        result.append(c);
                    }
                }
            }
        }
        return result.toString();
    }
}
