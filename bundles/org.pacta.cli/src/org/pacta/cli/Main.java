// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pacta} command. Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FINDINGS} findings at or above
 * the threshold, {@value #EXIT_USAGE} usage or input error, {@value #EXIT_INTERNAL} internal error. A user never
 * sees a stack trace: errors are one line saying what is wrong.
 */
@Command(name = "pacta", mixinStandardHelpOptions = true, version = "Pacta 0.1.0",
        description = "Model and check treaties on international cooperation in criminal matters.",
        subcommands = { ValidateCommand.class, CheckCommand.class, CompileCommand.class, TestCommand.class, BenchCommand.class },
        footer = { "", "Exit codes: 0 ok, 1 findings, 2 usage or input error, 3 internal error." })
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** Runs the command with the given streams; used by tests and by other shells. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Xtext and EMF log through log4j; their messages are not for users of a command line tool
        org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.OFF);
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("pacta: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            err.println("pacta: internal error: " + ex);
            return EXIT_INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
