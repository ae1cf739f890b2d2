// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pacta.engine.Decision;
import org.pacta.engine.Decision.Outcome;
import org.pacta.engine.Engine;
import org.pacta.engine.LegalCase;
import org.pacta.engine.NetworkIndex;
import org.pacta.engine.Span;
import org.pacta.model.Article;
import org.pacta.model.DualCriminality;
import org.pacta.model.DualCriminalityMode;
import org.pacta.model.Duration;
import org.pacta.model.DurationUnit;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.Purpose;
import org.pacta.model.Scope;
import org.pacta.model.Threshold;

/**
 * The reason given for an out-of-scope outcome names the condition that is not met, even when a condition checked
 * before it is unknown (a treaty in the style of the UN Model Treaty on Extradition art 2(1): 1 year in both states,
 * conduct-based dual criminality).
 */
class ScopeReasonTest {

    private static final ObligationsFactory F = ObligationsFactory.eINSTANCE;

    private static Engine engine() {
        Network network = F.createNetwork();
        Instrument treaty = F.createInstrument();
        treaty.setId("test.Treaty");
        treaty.setKind(InstrumentKind.BILATERAL);
        treaty.getModalities().add(Modality.EXTRADITION);
        treaty.getParties().add("AM");
        treaty.getParties().add("MD");
        treaty.setInForce(LocalDate.of(2012, 2, 1));
        Article article = F.createArticle();
        article.setNumber("2");
        Scope scope = F.createScope();
        scope.setCitation("2(1)");
        Threshold threshold = F.createThreshold();
        threshold.setPurpose(Purpose.PROSECUTION);
        threshold.setMeasure("offence.max-penalty");
        Duration year = F.createDuration();
        year.setAmount(1);
        year.setUnit(DurationUnit.YEARS);
        threshold.setAmount(year);
        threshold.setBothStates(true);
        scope.getThresholds().add(threshold);
        DualCriminality dual = F.createDualCriminality();
        dual.setMode(DualCriminalityMode.CONDUCT_BASED);
        scope.setDualCriminality(dual);
        article.getProvisions().add(scope);
        treaty.getArticles().add(article);
        network.getInstruments().add(treaty);
        return new Engine(new NetworkIndex(network));
    }

    private static Decision decide(Map<String, Object> facts) {
        return engine().decide(new LegalCase("c", Modality.EXTRADITION, "prosecution", "AM", "MD",
                LocalDate.of(2024, 3, 1), facts, Map.of()));
    }

    @Test
    void outOfScopeNamesTheFailedConditionNotAnEarlierUnknownOne() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("offence.max-penalty", Span.of(5, DurationUnit.YEARS));
        facts.put("offence.dual-criminality", false);
        // offence.max-penalty-requested is unknown and is checked before dual criminality
        Decision decision = decide(facts);
        assertEquals(Outcome.OUT_OF_SCOPE, decision.outcome());
        assertTrue(decision.outcomeReason().contains("dual criminality"), decision.outcomeReason());
        assertTrue(decision.outcomeReason().endsWith("not met"), decision.outcomeReason());
    }

    @Test
    void undeterminedScopeNamesTheFirstUnknownCondition() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("offence.max-penalty", Span.of(5, DurationUnit.YEARS));
        facts.put("offence.dual-criminality", true);
        Decision decision = decide(facts);
        assertEquals(Outcome.UNDETERMINED, decision.outcome());
        assertTrue(decision.outcomeReason().contains("offence.max-penalty-requested is unknown"), decision.outcomeReason());
    }

    @Test
    void theFirstOfTwoFailedConditionsIsReported() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("offence.max-penalty", Span.of(6, DurationUnit.MONTHS));
        facts.put("offence.max-penalty-requested", Span.of(5, DurationUnit.YEARS));
        facts.put("offence.dual-criminality", false);
        Decision decision = decide(facts);
        assertEquals(Outcome.OUT_OF_SCOPE, decision.outcome());
        assertTrue(decision.outcomeReason().contains("offence.max-penalty 6 months is below"), decision.outcomeReason());
    }
}
