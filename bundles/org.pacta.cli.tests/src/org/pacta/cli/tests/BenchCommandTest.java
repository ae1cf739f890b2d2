// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacta.cli.Main;
import org.pacta.cli.bench.SyntheticNetwork;
import org.pacta.cli.bench.SyntheticNetwork.Treaty;
import org.pacta.dsl.semantics.StateCodes;
import org.pacta.engine.LegalCase;
import org.pacta.model.Modality;

/**
 * {@code pacta bench} at a tiny size, so that the command and its generator are exercised by every build. No timing
 * is asserted: only that the generated treaties are valid Pacta, that the run completes and prints its table.
 */
class BenchCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aTinyBenchValidatesTheGeneratedTreatiesAndPrintsTheTable() {
        Run run = run("bench", "--states", "12", "--treaties", "10", "--cases", "100", "--compile-runs", "1",
                "--rounds", "1", "--warmup", "0", "--validate");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("Static checks on the generated treaties: 0 error(s)"), run.out());
        assertTrue(run.out().contains("| compile 10 treaties (parse + link + compile) |"), run.out());
        assertTrue(run.out().contains("| decide 100 cases (1 thread)"), run.out());
        assertTrue(run.out().contains("decisions/s"), run.out());
        assertTrue(run.out().contains("Outcomes per round: "), run.out());
    }

    @Test
    void wrongSizesAreAUsageError() {
        assertEquals(2, run("bench", "--states", "1").code());
        assertEquals(2, run("bench", "--states", "3", "--treaties", "100").code(), "3 states cannot have 100 treaties");
    }

    @Test
    void theGeneratorIsDeterministicAndUsesRealStateCodes() {
        List<String> states = SyntheticNetwork.states(190);
        assertEquals(190, states.size());
        assertTrue(states.stream().allMatch(StateCodes::isValid), "ISO 3166-1 alpha-2 codes");
        assertEquals(193, SyntheticNetwork.UN_MEMBERS.size(), "one code per UN member state");
        List<Treaty> first = new SyntheticNetwork(7).treaties(50, states);
        List<Treaty> again = new SyntheticNetwork(7).treaties(50, states);
        assertEquals(first, again);
        assertNotEquals(first, new SyntheticNetwork(8).treaties(50, states));
        assertEquals(50, first.stream().map(Treaty::id).distinct().count());
        assertTrue(first.stream().anyMatch(t -> t.modality() == Modality.MLA) && first.stream().anyMatch(t -> t.modality() == Modality.EXTRADITION));
        Treaty treaty = first.get(0);
        assertTrue(treaty.text().contains("derives from ModelTreaty"), treaty.text());
        assertTrue(!treaty.first().equals(treaty.second()));
        List<LegalCase> cases = new SyntheticNetwork(7).cases(200, states, first);
        assertEquals(200, cases.size());
        assertTrue(cases.stream().allMatch(c -> !c.requesting().equals(c.requested())));
    }
}
