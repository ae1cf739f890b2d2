// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.pacta.cli.report.NetworkJson;
import org.pacta.model.Network;
import org.pacta.model.ObligationModelResources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pacta compile PATH… -o DIR}: the library and the given instruments compiled into one obligation network,
 * written as {@value #XMI} (the model, for tools) and {@value #JSON} (a readable summary). Both files depend only
 * on the sources, so compiling the same sources again gives the same bytes; each is written to a temporary file in
 * DIR and moved into place, so a reader never sees half a file and a failed run leaves the previous output intact.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compile the library and the instruments at PATH into one obligation network: DIR/" + CompileCommand.XMI
                + " (the model) and DIR/" + CompileCommand.JSON + " (readable summary).")
public final class CompileCommand implements Callable<Integer> {

    public static final String XMI = "network." + ObligationModelResources.FILE_EXTENSION;
    public static final String JSON = "network.json";

    @Spec
    private CommandSpec spec;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write to (created if absent)")
    private Path output;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = ".pacta files or folders (the library is always compiled in)")
    private List<Path> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompiledSources.Result sources = CompiledSources.load("compile", paths, err, err, "nothing written");
        if (!sources.ok()) {
            return sources.exitCode();
        }
        Network network = sources.network();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("pacta compile: cannot create " + output + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try {
            // the JSON first: saving the XMI moves the network into the resource that is saved
            writeAtomically(output.resolve(JSON), file -> {
                try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                    NetworkJson.write(network, writer);
                }
            });
            writeAtomically(output.resolve(XMI), file -> {
                ResourceSet resourceSet = ObligationModelResources.createResourceSet();
                ObligationModelResources.save(resourceSet, URI.createFileURI(file.toAbsolutePath().toString()), network);
            });
        } catch (IOException e) {
            err.println("pacta compile: cannot write to " + output + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        out.println("Compiled " + network.getInstruments().size() + " instrument(s) (" + sources.workspace().userResources().size()
                + " file(s) and " + sources.workspace().libraryResources().size() + " library source(s)) to " + output.resolve(XMI)
                + " and " + output.resolve(JSON));
        return Main.EXIT_OK;
    }

    /** Something that writes a file at the given path. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file in the same folder, then moves it into place (atomically where
     * the file system allows), so that {@code target} is either the old file or the complete new one.
     */
    static void writeAtomically(Path target, FileWriter writer) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            writer.write(temporary);
            // a temporary file is private to its owner; the output is an ordinary file
            permissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The permissions of the file replaced, or rw-r--r-- for a new one, where the file system has POSIX permissions. */
    private static void permissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
