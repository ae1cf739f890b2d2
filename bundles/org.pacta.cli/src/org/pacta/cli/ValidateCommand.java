// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pacta.cli.report.FindingsReport;
import org.pacta.cli.report.JsonReport;
import org.pacta.cli.report.SarifReport;
import org.pacta.cli.report.TextReport;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pacta validate PATH…}: static checks on the given files and folders, with the library loaded. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the static checks on .pacta files (folders are searched recursively); the library is always loaded.")
public final class ValidateCommand implements Callable<Integer> {

    /** When the exit code says "findings". */
    enum Threshold {
        error, warning
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".pacta files or folders")
    private List<Path> paths;

    /** Output formats. */
    enum Format {
        text(new TextReport()), json(new JsonReport()), sarif(new SarifReport());

        private final FindingsReport report;

        Format(FindingsReport report) {
            this.report = report;
        }
    }

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--fail-on", defaultValue = "error", description = "exit 1 on findings at or above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Threshold failOn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PactaWorkspace workspace;
        try {
            workspace = PactaWorkspace.load(paths);
        } catch (IOException e) {
            err.println("pacta validate: cannot read " + CompiledSources.describe(e));
            return Main.EXIT_USAGE;
        }
        List<Finding> findings = workspace.validate();
        long errors = FindingsReport.count(findings, Finding.Severity.ERROR);
        long warnings = FindingsReport.count(findings, Finding.Severity.WARNING);
        try {
            format.report.write(findings, workspace.userResources().size(), workspace.libraryResources().size(), out);
        } catch (IOException e) {
            err.println("pacta validate: cannot write the report: " + CompiledSources.describe(e));
            return Main.EXIT_USAGE;
        }
        boolean fail = errors > 0 || (failOn == Threshold.warning && warnings > 0);
        return fail ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }


}
