// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pacta.dsl.semantics.StateCodes;
import org.pacta.dsl.validation.IssueCodes;

/** State codes, dates, membership data and vocabularies. */
class DataChecksTest {

    @Test
    void partyCodeThatIsNotIso() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind bilateral
                    parties MD, UK
                }
                """).expectOne("t.pacta", IssueCodes.INVALID_STATE_CODE, ERROR, 4, "'UK' is not an ISO 3166-1 alpha-2 state code");
    }

    @Test
    void requestStateThatIsNotIso() {
        Fixtures.withModel("t.pacta", """
                package t
                test "unknown state" {
                    request mla from MD to ZZ
                }
                """).expectOne("t.pacta", IssueCodes.INVALID_STATE_CODE, ERROR, 3, "'ZZ'");
    }

    @Test
    void isoListHasEveryAssignedCode() {
        assertEquals(249, StateCodes.assignedCount());
        assertTrue(StateCodes.isValid("GB"));
        assertTrue(StateCodes.isValid("EU"));
        assertFalse(StateCodes.isValid("UK"));
    }

    @Test
    void dateThatDoesNotExist() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind convention
                    in-force 2023-02-29
                }
                """).expectOne("t.pacta", IssueCodes.INVALID_DATE, ERROR, 4, "There is no such date: 2023-02-29");
    }

    @Test
    void partyListedTwice() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                membership of Model {
                    party MD ratified 2001-01-01
                    party MD ratified 2002-01-01
                }
                """).expectOne("t.pacta", IssueCodes.DUPLICATE_PARTY, ERROR, 5, "MD is listed twice");
    }

    @Test
    void entryIntoForceBeforeConsent() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                membership of Model {
                    party MD ratified 2005-01-01 in-force 2004-12-01
                }
                """).expectOne("t.pacta", IssueCodes.DATE_ORDER, ERROR, 4, "before it consented to be bound");
    }

    @Test
    void termDeclaredTwiceAcrossFiles() {
        Fixtures.withModel("t.pacta", """
                package t
                vocabulary extra {
                    fact offence.political : boolean "Declared again."
                }
                """).expectOne("t.pacta", IssueCodes.DUPLICATE_TERM, ERROR, 3, "'offence.political' is already declared in vocabulary.pacta");
    }

    @Test
    void undocumentedTerm() {
        Fixtures.withModel("t.pacta", """
                package t
                vocabulary extra {
                    event eaw.person-surrendered
                }
                """).expectOne("t.pacta", IssueCodes.UNDOCUMENTED_TERM, WARNING, 3, "has no documentation");
    }

    @Test
    void groundClaimedUnderAnUnknownName() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 4 {
                        ground 4(a) as own-nationals: requested may refuse if offence.political
                    }
                }
                """).expectOne("t.pacta", IssueCodes.UNKNOWN_CLAIM, WARNING, 5, "'own-nationals' is not a value of refusal.claimed");
    }

    @Test
    void successorStateBoundFromIndependenceBeforeItsNotification() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                membership of Model {
                    party ME "Montenegro" succeeded 2006-10-23 in-force 2006-06-03
                }
                """).expectNone("t.pacta", IssueCodes.DATE_ORDER);
    }
}
