// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
            err.println("pacta validate: cannot read " + describe(e));
            return Main.EXIT_USAGE;
        }
        List<Finding> findings = workspace.validate();
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        findings.forEach(f -> out.println(f.render()));
        out.println("Checked " + workspace.userResources().size() + " file(s) and " + workspace.libraryResources().size()
                + " library source(s): " + plural(errors, "error") + ", " + plural(warnings, "warning") + ".");
        boolean fail = errors > 0 || (failOn == Threshold.warning && warnings > 0);
        return fail ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
