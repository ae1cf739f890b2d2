// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pacta.cli.report.JUnitReport;
import org.pacta.workspace.TestRunner;
import org.pacta.workspace.TestRunner.FileResults;
import org.pacta.workspace.TestRunner.TestResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pacta test PATH… [--junit-xml FILE]}: runs the {@code test} blocks of the given sources against the case
 * engine. One line per test, then a summary; exit 0 when every test passes, 1 when one fails (or the sources have
 * errors), 2 on usage and input/output errors.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test blocks of .pacta files (folders are searched recursively) against the case engine; the library is always loaded.")
public final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".pacta files or folders")
    private List<Path> paths;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write a JUnit XML report to FILE")
    private Path junitXml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompiledSources.Result sources = CompiledSources.load("test", paths, out, err, "fix them first (pacta validate)");
        if (!sources.ok()) {
            return sources.exitCode();
        }
        List<FileResults> results = new TestRunner(sources.workspace(), sources.network()).run();
        int passed = 0;
        int failed = 0;
        int unverified = 0;
        for (FileResults file : results) {
            for (TestResult test : file.tests()) {
                out.println(line(test));
                if (test.error() != null) {
                    out.println("      cannot run: " + test.error());
                }
                for (String failure : test.failures()) {
                    out.println("      " + failure);
                }
                if (test.passed()) {
                    passed++;
                } else {
                    failed++;
                }
                unverified += test.unverified() != null ? 1 : 0;
            }
        }
        int files = results.size();
        out.println((passed + failed) + " test(s) in " + files + " file(s): " + passed + " passed, " + failed + " failed"
                + (unverified == 0 ? "" : " (" + unverified + " marked unverified)") + ".");
        if (junitXml != null) {
            try {
                JUnitReport.write(results, junitXml);
            } catch (IOException e) {
                err.println("pacta test: cannot write the JUnit XML report: " + CompiledSources.describe(e));
                return Main.EXIT_USAGE;
            }
        }
        out.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_FINDINGS;
    }

    private static String line(TestResult test) {
        return (test.passed() ? "PASS" : "FAIL") + "  " + test.position() + "  " + test.name()
                + (test.cites().isEmpty() ? "" : "  — cites " + String.join(", ", test.cites()))
                + (test.unverified() == null ? "" : "  [unverified" + (test.unverified().isEmpty() ? "" : ": " + test.unverified()) + "]");
    }

}
