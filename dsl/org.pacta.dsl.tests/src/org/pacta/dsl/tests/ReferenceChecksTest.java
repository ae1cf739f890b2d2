// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;

import org.junit.jupiter.api.Test;

/** Unresolved names: instruments, citations, facts, events and parameters, each with a message in the drafter's terms. */
class ReferenceChecksTest {

    private static final String UNRESOLVED = "pacta.unresolved";

    @Test
    void unknownInstrument() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T derives from NoSuchModel {
                    kind bilateral
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 2, "Unknown instrument 'NoSuchModel'");
    }

    @Test
    void unknownCitationInOmit() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    omit 4(z)
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "The model Model has no provision 4(z)");
    }

    @Test
    void unknownCitationInReplace() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    replace 5(b) with ground 5(b): requested may refuse if offence.political
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "The model Model has no provision 5(b)");
    }

    @Test
    void unknownFact() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 1 {
                        ground 1(a): requested may refuse if offence.no-such-fact
                    }
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "Unknown fact, event or action 'offence.no-such-fact'");
    }

    @Test
    void unknownEvent() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 1 {
                        norm 1(1): requested shall release within 10 days from person.vanished
                    }
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "'person.vanished'");
    }

    @Test
    void unknownCitationInReservation() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                membership of Model {
                    party MD signed 2001-01-01 {
                        reservation on 99(a) excludes
                    }
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "Model has no provision 99(a)");
    }

    @Test
    void unknownParameter() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    fix max-penalty = 1 year
                }
                """).expectOne("t.pacta", UNRESOLVED, ERROR, 5, "Unknown parameter 'max-penalty'");
    }

    @Test
    void namesResolveAcrossFilesAndPackages() {
        Fixtures.withModel("t.pacta", """
                package other.place
                import test.models.Model
                instrument T derives from Model {
                    title "Cross-package derivation"
                    kind model
                    omit 4(a)
                }
                test "a fact from another file resolves" {
                    request extradition from MD to AM under test.models.Model
                    facts offence.political = true
                    expect ground 3(a) applies
                }
                """).expectClean("t.pacta");
    }

    @Test
    void instrumentOfTheSamePackageResolvesWithoutImport() {
        Fixtures.withModel("t.pacta", """
                package test.models
                membership of Model {
                    party MD "Moldova" ratified 2001-01-01 in-force 2001-02-01
                }
                """).expectClean("t.pacta");
    }
}
