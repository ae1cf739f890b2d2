// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.dsl.ast.Ground;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.semantics.Derivation;
import org.pacta.dsl.semantics.Satisfiability;

/** Whether two conditions can both hold: the basis of the shall / shall-not conflict check. */
class SatisfiabilityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "offence.political | not offence.political | false",
            "offence.political | offence.terrorism | true",
            "offence.political = true | offence.political = false | false",
            "offence.max-penalty >= 2 years | offence.max-penalty < 1 year | false",
            "offence.max-penalty >= 1 year | offence.max-penalty < 2 years | true",
            "offence.max-penalty > 12 months | offence.max-penalty <= 1 year | false",
            "request.purpose = prosecution | request.purpose = enforcement | false",
            "request.purpose = prosecution | not (request.purpose = prosecution or offence.political) | false",
            "offence.political or offence.terrorism | not offence.political | true",
            "offence.political and offence.terrorism | not offence.political or not offence.terrorism | false" })
    void canBothHold(String left, String right, boolean expected) {
        Sources sources = Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 1 {
                        ground 1(a): requested may refuse if %s
                        ground 1(b): requested may refuse if %s
                    }
                }
                """.formatted(left, right));
        Instrument instrument = (Instrument) sources.file("t.pacta").getElements().get(0);
        var provisions = Derivation.effectiveProvisions(instrument);
        assertEquals(expected, Satisfiability.canBothHold(((Ground) provisions.get("1(a)")).getCondition(),
                ((Ground) provisions.get("1(b)")).getCondition()));
    }
}
