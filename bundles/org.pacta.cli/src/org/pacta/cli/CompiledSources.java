// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.pacta.model.Network;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

/**
 * The first steps of {@code check}, {@code test} and {@code compile}: load the library and the user's sources,
 * stop on their errors, compile them. Each command states what an error means for it ({@code advice}).
 */
final class CompiledSources {

    /** The loaded sources and their network, or the exit code to return when they could not be had. */
    record Result(PactaWorkspace workspace, Network network, int exitCode) {
        boolean ok() {
            return network != null;
        }
    }

    private CompiledSources() {
    }

    static Result load(String command, List<Path> paths, PrintWriter findingsTo, PrintWriter err, String advice) {
        PactaWorkspace workspace;
        try {
            workspace = PactaWorkspace.load(paths);
        } catch (IOException e) {
            err.println("pacta " + command + ": cannot read " + describe(e));
            return new Result(null, null, Main.EXIT_USAGE);
        }
        List<Finding> errors = workspace.validate().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            errors.forEach(f -> findingsTo.println(f.render()));
            err.println("pacta " + command + ": the sources have " + errors.size() + " error(s); " + advice);
            return new Result(workspace, null, Main.EXIT_FINDINGS);
        }
        return new Result(workspace, workspace.compile(), Main.EXIT_OK);
    }

    /** An I/O error in one line: its message, or its kind when it has none. */
    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
