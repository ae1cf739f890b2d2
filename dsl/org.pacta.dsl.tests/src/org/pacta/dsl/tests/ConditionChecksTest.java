// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;

import org.junit.jupiter.api.Test;
import org.pacta.dsl.validation.IssueCodes;

/** Types and units in conditions, thresholds, deadlines and test facts. */
class ConditionChecksTest {

    private static Sources ground(String condition) {
        return Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 1 {
                        ground 1(a): requested may refuse if %s
                    }
                }
                """.formatted(condition));
    }

    @Test
    void durationComparedWithANumber() {
        ground("offence.max-penalty >= 2").expectOne("t.pacta", IssueCodes.UNIT_MISMATCH, ERROR, 5,
                "offence.max-penalty is a duration: give a unit");
    }

    @Test
    void numberComparedWithADuration() {
        ground("person.residence-years >= 5 years").expectOne("t.pacta", IssueCodes.UNIT_MISMATCH, ERROR, 5,
                "person.residence-years is a number, not a duration");
    }

    @Test
    void booleanComparedWithAText() {
        ground("offence.political = \"yes\"").expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 5,
                "offence.political is a boolean, not a text");
    }

    @Test
    void nonBooleanUsedAsACondition() {
        ground("offence.max-penalty").expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 5,
                "offence.max-penalty is not a boolean");
    }

    @Test
    void unknownEnumerationValue() {
        ground("request.purpose = extradition").expectOne("t.pacta", IssueCodes.UNKNOWN_LITERAL, ERROR, 5,
                "'extradition' is not a value of request.purpose");
    }

    @Test
    void orderingATextIsRefused() {
        ground("offence.category > fraud").expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 5,
                "offence.category cannot be ordered");
    }

    @Test
    void containsOnANonSet() {
        ground("offence.political contains true").expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 5,
                "offence.political is not a set");
    }

    @Test
    void eventUsedAsAFact() {
        ground("person.arrested").expectOne("t.pacta", IssueCodes.NOT_A_FACT, ERROR, 5,
                "person.arrested is an event, not a fact");
    }

    @Test
    void invalidStateInASetOfStates() {
        ground("person.nationality contains XY").expectOne("t.pacta", IssueCodes.INVALID_STATE_CODE, ERROR, 5,
                "'XY' is not an ISO 3166-1 alpha-2 state code");
    }

    @Test
    void wellTypedConditionsAreClean() {
        ground("(offence.max-penalty >= 2 years or sentence.remaining > 4 months) and not offence.political "
                + "and request.purpose = enforcement and person.nationality contains requested "
                + "and offence.category in {fraud, corruption} and person.residence-years >= 5")
                .expectClean("t.pacta");
    }

    @Test
    void thresholdOnANonDuration() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 2 {
                        scope 2(1) {
                            threshold prosecution: person.residence-years >= 1 year
                        }
                    }
                }
                """).expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 6, "person.residence-years is not a duration");
    }

    @Test
    void deadlineCountingFromAFact() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 9 {
                        norm 9(4): requested shall release within 40 days from arrest.provisional
                    }
                }
                """).expectOne("t.pacta", IssueCodes.DEADLINE_NOT_EVENT, ERROR, 5,
                "arrest.provisional is a fact, not an event");
    }

    @Test
    void deadlineWithoutAUnit() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 9 {
                        norm 9(4): requested shall release within 40 from person.arrested
                    }
                }
                """).expectOne("t.pacta", IssueCodes.PERIOD_WITHOUT_UNIT, ERROR, 5, "needs a unit");
    }

    @Test
    void dutyNamingAFact() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 9 {
                        norm 9(4): requested shall offence.political
                    }
                }
                """).expectOne("t.pacta", IssueCodes.NOT_AN_ACTION, ERROR, 5, "offence.political is a fact, not an action");
    }

    @Test
    void testFactOfTheWrongType() {
        Fixtures.withModel("t.pacta", """
                package t
                test "wrong type" {
                    request extradition from MD to AM
                    facts offence.max-penalty = true
                }
                """).expectOne("t.pacta", IssueCodes.TYPE_MISMATCH, ERROR, 4, "offence.max-penalty is a duration, not a boolean");
    }

    @Test
    void eventDateForAFact() {
        Fixtures.withModel("t.pacta", """
                package t
                test "date for a fact" {
                    request extradition from MD to AM
                    events offence.political on 2024-01-01
                }
                """).expectOne("t.pacta", IssueCodes.DEADLINE_NOT_EVENT, ERROR, 4, "offence.political is not an event");
    }
}
