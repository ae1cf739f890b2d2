// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import org.junit.jupiter.api.Test;
import org.pacta.dsl.validation.IssueCodes;

/** Parameters a concrete treaty must fix, conflicting norms, and the convention minimum standard. */
class ObligationChecksTest {

    @Test
    void unfixedParameterInABilateralTreaty() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind bilateral
                    modality extradition
                    parties MD, AM
                }
                """).expectOne("t.pacta", IssueCodes.UNFIXED_PARAMETER, ERROR, 3,
                "Parameter min-penalty of Model is not fixed: a bilateral instrument must say 'fix min-penalty = …' (options: 1 year, 2 years)");
    }

    @Test
    void parameterFixedWithoutAUnit() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    fix min-penalty = 2
                }
                """).expectOne("t.pacta", IssueCodes.PARAMETER_TYPE, ERROR, 5, "min-penalty is a duration");
    }

    @Test
    void parameterFixedOutsideTheModelOptions() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    fix min-penalty = 3 years
                }
                """).expectOne("t.pacta", IssueCodes.PARAMETER_OPTION, WARNING, 5, "outside the model's options (options: 1 year, 2 years)");
    }

    @Test
    void shallAndShallNotUnderOverlappingConditions() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 9 {
                        norm 9(1): requested shall release if offence.max-penalty < 2 years
                        norm 9(2): requested shall not release if offence.max-penalty < 1 year
                    }
                }
                """).expectOne("t.pacta", IssueCodes.CONFLICTING_NORMS, ERROR, 6,
                "Norm 9(2) and norm 9(1) say the requested party shall and shall not release");
    }

    @Test
    void shallAndShallNotUnderExclusiveConditionsAreFine() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 9 {
                        norm 9(1): requested shall release if offence.max-penalty < 1 year and not offence.political
                        norm 9(2): requested shall not release if offence.max-penalty >= 1 year or offence.political
                        norm 9(3): requesting shall not release
                    }
                }
                """).expectNone("t.pacta", IssueCodes.CONFLICTING_NORMS);
    }

    private static final String UNTOC_LIKE = """
            package conv
            instrument Conv {
                title "A convention with a minimum standard on bank secrecy"
                kind convention
                modality extradition, mla
                article 18 "Mutual legal assistance" {
                    not-a-ground 18(8): bank-secrecy for mla text "States Parties shall not decline on the ground of bank secrecy."
                }
            }
            membership of Conv {
                party MD ratified 2005-09-16 in-force 2005-10-16
                party AM ratified 2003-07-01 in-force 2003-09-29
            }
            """;

    @Test
    void bilateralMlaTreatyKeepingBankSecrecyBetweenConventionParties() {
        Fixtures.withModel("conv.pacta", UNTOC_LIKE).with("t.pacta", """
                package t
                instrument T {
                    kind bilateral
                    modality mla
                    parties MD, AM
                    article 4 "Refusal" {
                        ground 4(1) as bank-secrecy: requested may refuse if bank.secrecy-applies
                    }
                }
                """).expectOne("t.pacta", IssueCodes.BELOW_MINIMUM_STANDARD, WARNING, 7,
                "MD and AM are both parties to Conv: bank-secrecy is not a ground for refusing mla between them (Conv art 18(8)), yet ground 4(1) keeps it");
    }

    @Test
    void bankSecrecyGroundIsFineWhenOnePartyIsOutsideTheConvention() {
        Fixtures.withModel("conv.pacta", UNTOC_LIKE).with("t.pacta", """
                package t
                instrument T {
                    kind bilateral
                    modality mla
                    parties MD, GE
                    article 4 "Refusal" {
                        ground 4(1) as bank-secrecy: requested may refuse if bank.secrecy-applies
                    }
                }
                """).expectNone("t.pacta", IssueCodes.BELOW_MINIMUM_STANDARD);
    }

    /** UNTOC art 18(7): paragraphs 9 to 29 (among them 18(22), fiscal matters) yield to an MLA treaty between the parties. */
    @Test
    void subsidiaryStandardSetsNoMinimumForTheTreatyThatDisplacesIt() {
        Fixtures.withModel("conv.pacta", """
                package conv
                instrument Conv {
                    kind convention
                    modality mla
                    article 18 {
                        not-a-ground 18(22): fiscal-offence as sole ground for mla
                        precedence 18(7): provisions 18(22) only where no mla treaty binds the parties
                    }
                }
                membership of Conv {
                    party MD ratified 2005-09-16 in-force 2005-10-16
                    party AM ratified 2003-07-01 in-force 2003-09-29
                }
                """).with("t.pacta", """
                package t
                instrument T {
                    kind bilateral
                    modality mla
                    parties MD, AM
                    article 4 {
                        ground 4(1) as fiscal-offence: requested may refuse if offence.fiscal
                    }
                }
                """).expectNone("t.pacta", IssueCodes.BELOW_MINIMUM_STANDARD);
    }
}
