// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pacta.cli.report.JUnitReport;
import org.pacta.model.Network;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;
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
        PactaWorkspace workspace;
        try {
            workspace = PactaWorkspace.load(paths);
        } catch (IOException e) {
            err.println("pacta test: cannot read " + describe(e));
            return Main.EXIT_USAGE;
        }
        List<Finding> errors = workspace.validate().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            errors.forEach(f -> out.println(f.render()));
            err.println("pacta test: the sources have " + errors.size() + " error(s); fix them first (pacta validate)");
            return Main.EXIT_FINDINGS;
        }
        Network network = workspace.compile();
        List<FileResults> results = new TestRunner(workspace, network).run();
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
                err.println("pacta test: cannot write the JUnit XML report: " + describe(e));
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

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
