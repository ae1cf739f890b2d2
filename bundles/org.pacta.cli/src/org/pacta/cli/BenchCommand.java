// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.pacta.cli.bench.SyntheticNetwork;
import org.pacta.cli.bench.SyntheticNetwork.Treaty;
import org.pacta.engine.Decision;
import org.pacta.engine.Decision.Outcome;
import org.pacta.engine.Engine;
import org.pacta.engine.LegalCase;
import org.pacta.engine.NetworkIndex;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pacta bench}: how fast Pacta compiles a large treaty network and decides cases on it. A network of states,
 * bilateral treaties derived from the UN model treaties and cases is generated in memory ({@link SyntheticNetwork});
 * then (a) the treaties are parsed, linked and compiled, together with the library, several times, and (b) the engine
 * decides every case on one thread, after a warm-up, in several rounds. Medians are printed as a table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: compile a generated network of bilateral treaties and decide generated cases on it.")
public final class BenchCommand implements Callable<Integer> {

    /** What the product promises (README, "pacta bench"). */
    static final double TARGET_COMPILE_SECONDS = 10;
    static final double TARGET_DECISIONS_PER_SECOND = 100_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--states", defaultValue = "190", description = "states (UN members, by ISO code; default: ${DEFAULT-VALUE})")
    private int states;

    @Option(names = "--treaties", defaultValue = "2000", description = "bilateral treaties (default: ${DEFAULT-VALUE})")
    private int treaties;

    @Option(names = "--cases", defaultValue = "100000", description = "cases per round (default: ${DEFAULT-VALUE})")
    private int cases;

    @Option(names = "--compile-runs", defaultValue = "5", description = "compilations of the network (default: ${DEFAULT-VALUE})")
    private int compileRuns;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds over all cases (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed rounds before them (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--seed", defaultValue = "20240301", description = "seed of the generator (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--validate", description = "also run the static checks on the generated treaties once (not timed in the table)")
    private boolean validate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (states < 2 || states > SyntheticNetwork.UN_MEMBERS.size() || treaties < 0 || cases < 1 || compileRuns < 1
                || rounds < 1 || warmup < 0) {
            err.println("pacta bench: --states 2.." + SyntheticNetwork.UN_MEMBERS.size()
                    + ", --treaties >= 0, --cases >= 1, --compile-runs >= 1, --rounds >= 1, --warmup >= 0");
            return Main.EXIT_USAGE;
        }
        SyntheticNetwork generator = new SyntheticNetwork(seed);
        List<String> stateCodes = SyntheticNetwork.states(states);
        List<Treaty> generated;
        try {
            generated = generator.treaties(treaties, stateCodes);
        } catch (IllegalArgumentException e) {
            err.println("pacta bench: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        long extradition = generated.stream().filter(t -> t.modality() == Modality.EXTRADITION).count();
        out.printf(Locale.ROOT, "Pacta bench: %d states, %d bilateral treaties (%d extradition, %d mutual assistance) "
                + "derived from the UN model treaties, with the library (UN model treaties, UNTOC, UNCAC); %d cases; seed %d%n",
                states, treaties, extradition, treaties - extradition, cases, seed);
        out.printf(Locale.ROOT, "Java %s on %d processor(s); decisions on one thread%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.flush();

        if (validate) {
            PactaWorkspace workspace = load(generated, new long[2]);
            long errors = workspace.validate().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            out.println("Static checks on the generated treaties: " + errors + " error(s)");
            if (errors > 0) {
                workspace.validate().stream().filter(f -> f.severity() == Finding.Severity.ERROR).limit(10)
                        .forEach(f -> err.println(f.render()));
                return Main.EXIT_FINDINGS;
            }
        }

        // (a) parse + link + compile: a fresh workspace (library loaded, untimed) per run
        double[] total = new double[compileRuns];
        double[] parsing = new double[compileRuns];
        double[] linking = new double[compileRuns];
        double[] compiling = new double[compileRuns];
        Network network = null;
        for (int run = 0; run < compileRuns; run++) {
            long[] times = new long[2];
            PactaWorkspace workspace = load(generated, times);
            long start = System.nanoTime();
            network = workspace.compile();
            long compiled = System.nanoTime() - start;
            parsing[run] = times[0] / 1e9;
            linking[run] = (times[1] - times[0]) / 1e9;
            compiling[run] = compiled / 1e9;
            total[run] = parsing[run] + linking[run] + compiling[run];
        }

        // (b) decisions on one thread, over the same cases each round
        List<LegalCase> legalCases = generator.cases(cases, stateCodes, generated);
        Engine engine = new Engine(new NetworkIndex(network));
        for (int round = 0; round < warmup; round++) {
            decideAll(engine, legalCases, null);
        }
        double[] deciding = new double[rounds];
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (int round = 0; round < rounds; round++) {
            outcomes.clear();
            long start = System.nanoTime();
            decideAll(engine, legalCases, outcomes);
            deciding[round] = (System.nanoTime() - start) / 1e9;
        }

        double compileMedian = median(total);
        double decideMedian = median(deciding);
        double decisionsPerSecond = cases / decideMedian;
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "measure", "median", "runs", "throughput" });
        rows.add(new String[] { "compile " + treaties + " treaties (parse + link + compile)", seconds(compileMedian),
                String.valueOf(compileRuns), String.format(Locale.ROOT, "%,.0f treaties/s", treaties / compileMedian) });
        rows.add(new String[] { "  of which parse", seconds(median(parsing)), "", "" });
        rows.add(new String[] { "  of which link", seconds(median(linking)), "", "" });
        rows.add(new String[] { "  of which compile to the obligation model", seconds(median(compiling)), "", "" });
        rows.add(new String[] { "decide " + cases + " cases (1 thread)", seconds(decideMedian), String.valueOf(rounds),
                String.format(Locale.ROOT, "%,.0f decisions/s", decisionsPerSecond) });
        table(out, rows);
        out.println();
        out.println("Outcomes per round: " + outcomes.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "Targets: compile %d treaties in < %.0f s: %s; >= %,.0f decisions/s on one core: %s%n", treaties,
                TARGET_COMPILE_SECONDS, compileMedian < TARGET_COMPILE_SECONDS ? "met" : "MISSED", TARGET_DECISIONS_PER_SECOND,
                decisionsPerSecond >= TARGET_DECISIONS_PER_SECOND ? "met" : "MISSED");
        out.flush();
        return Main.EXIT_OK;
    }

    /**
     * A workspace with the library (untimed) and the treaties, parsed and linked: times[0] receives the nanoseconds
     * spent parsing, times[1] parsing and linking.
     */
    private static PactaWorkspace load(List<Treaty> treaties, long[] times) {
        PactaWorkspace workspace;
        try {
            workspace = PactaWorkspace.load(List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long start = System.nanoTime();
        for (Treaty treaty : treaties) {
            workspace.addSource(treaty.sourceName(), treaty.text());
        }
        long parsed = System.nanoTime();
        workspace.link();
        times[0] = parsed - start;
        times[1] = System.nanoTime() - start;
        return workspace;
    }

    private static void decideAll(Engine engine, List<LegalCase> cases, Map<Outcome, Integer> outcomes) {
        for (LegalCase legalCase : cases) {
            Decision decision = engine.decide(legalCase);
            if (outcomes != null) {
                outcomes.merge(decision.outcome(), 1, Integer::sum);
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f s", value);
    }

    /** A plain-text table, columns padded to their widest cell. */
    private static void table(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r)[i];
                boolean right = r > 0 && i > 0;
                line.append(right ? " ".repeat(widths[i] - cell.length()) + cell : cell + " ".repeat(widths[i] - cell.length()));
                line.append(" | ");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append("-".repeat(width + 2)).append('|');
                }
                out.println(rule);
            }
        }
    }
}
