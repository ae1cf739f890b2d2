// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pacta.cli.cases.CaseException;
import org.pacta.cli.cases.CaseReader;
import org.pacta.cli.report.DecisionJson;
import org.pacta.engine.Decision;
import org.pacta.engine.DecisionText;
import org.pacta.engine.Engine;
import org.pacta.engine.LegalCase;
import org.pacta.engine.NetworkIndex;
import org.pacta.model.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pacta check --case FILE [PATH…]}: decide a case against the library and the given instruments. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide a case (JSON, see DESIGN.md) against the library and the instruments at PATH.")
public final class CheckCommand implements Callable<Integer> {

    enum Format {
        text, json
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "the case, as JSON")
    private Path caseFile;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Format format;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "further .pacta files or folders (the library is always loaded)")
    private List<Path> paths = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json;
        try {
            json = Files.readString(caseFile);
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("pacta check: " + caseFile + " is not valid UTF-8");
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("pacta check: cannot read " + caseFile + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        CompiledSources.Result sources = CompiledSources.load("check", paths, err, err, "fix them first (pacta validate)");
        if (!sources.ok()) {
            return sources.exitCode();
        }
        Network network = sources.network();
        LegalCase legalCase;
        try {
            legalCase = new CaseReader(network).read(json, caseFile.getFileName().toString().replaceFirst("\\.json$", ""));
        } catch (CaseException e) {
            err.println(caseFile + ": " + e.path() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Decision decision = new Engine(new NetworkIndex(network)).decide(legalCase);
        if (format == Format.json) {
            DecisionJson.write(decision, out);
            out.println();
        } else {
            out.print(DecisionText.render(decision));
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
