// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.model.DurationUnit;
import org.pacta.model.DurationValue;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.Membership;
import org.pacta.model.Network;
import org.pacta.model.Norm;
import org.pacta.model.Provision;
import org.pacta.model.Scope;
import org.pacta.workspace.PactaWorkspace;

/** The compiler flattens derivation, fixes parameters and carries membership data, on the real library. */
class CompilerTest {

    private static Network network;

    @BeforeAll
    static void compileLibraryAndExamples() throws IOException {
        network = PactaWorkspace.load(List.of(Repository.root().resolve("examples"))).compile();
    }

    private static Instrument instrument(String id) {
        return network.getInstruments().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Provision provision(Instrument instrument, String citation) {
        return instrument.getArticles().stream().flatMap(a -> a.getProvisions().stream())
                .filter(p -> p.getCitation().equals(citation)).findFirst().orElse(null);
    }

    /** Model Treaty art 4(a) is optional; the Armenia–Moldova example replaces it with a mandatory ground. */
    @Test
    void replacementTakesThePlaceOfTheModelProvision() {
        Ground model = (Ground) provision(instrument("un.models.ModelTreatyOnExtradition"), "4(a)");
        Ground derived = (Ground) provision(instrument("examples.extradition.AM_MD_Extradition"), "4(a)");
        assertEquals(GroundKind.OPTIONAL, model.getKind());
        assertEquals(GroundKind.MANDATORY, derived.getKind());
        assertEquals("submit-for-prosecution", derived.getConsequences().get(0).getAction());
    }

    /** Model Treaty art 2(1): the bracketed [one/two] year(s) becomes the 1 year the derived treaty fixes. */
    @Test
    void fixedParameterReachesTheThreshold() {
        Instrument treaty = instrument("examples.extradition.AM_MD_Extradition");
        Scope scope = (Scope) provision(treaty, "2(1)");
        var threshold = scope.getThresholds().get(0);
        // the compiler replaces the parameter by the value fixed, and records the fix on the parameter
        assertEquals(1, threshold.getAmount().getAmount());
        assertEquals(DurationUnit.YEARS, threshold.getAmount().getUnit());
        DurationValue fixed = (DurationValue) treaty.getParameters().stream()
                .filter(p -> p.getName().equals("min-penalty")).findFirst().orElseThrow().getFixedValue();
        assertEquals(1, fixed.getDuration().getAmount());
        assertEquals(instrument("un.models.ModelTreatyOnExtradition"), treaty.getDerivedFrom());
    }

    /** The rule of speciality (art 14(1)) is inherited and keeps its essential mark. */
    @Test
    void inheritedProvisionsKeepTheirMarks() {
        Norm speciality = (Norm) provision(instrument("examples.extradition.AM_MD_Extradition"), "14(1)");
        assertTrue(speciality.isEssential());
        assertTrue(speciality.getDuty().isNegated());
    }

    /** The BR–ZA example omits Model MLA Treaty art 4(1)(f) and keeps art 4(2). */
    @Test
    void omittedProvisionIsAbsent() {
        Instrument treaty = instrument("examples.mla.BR_ZA_MutualAssistance");
        assertEquals(null, provision(treaty, "4(1)(f)"));
        assertNotNull(provision(treaty, "4(2)"));
    }

    @Test
    void everyUntocPartyIsCompiled() {
        Membership untoc = network.getMemberships().stream()
                .filter(m -> m.getInstrument().getId().equals("un.conventions.UNTOC")).findFirst().orElseThrow();
        assertTrue(untoc.getParties().size() >= 190);
        assertFalse(network.getStates().isEmpty());
    }
}
