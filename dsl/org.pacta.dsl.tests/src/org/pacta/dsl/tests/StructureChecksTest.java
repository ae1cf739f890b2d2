// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import org.junit.jupiter.api.Test;
import org.pacta.dsl.validation.IssueCodes;

/** Instrument headers, citations and derivation. */
class StructureChecksTest {

    @Test
    void instrumentWithoutKind() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    title "No kind"
                }
                """).expectOne("t.pacta", IssueCodes.MISSING_KIND, ERROR, 2, "does not say its kind");
    }

    @Test
    void bilateralWithThreeParties() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind bilateral
                    parties MD, AM, GE
                }
                """).expectOne("t.pacta", IssueCodes.BILATERAL_PARTIES, ERROR, 2, "exactly two parties");
    }

    @Test
    void duplicateCitation() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 3 {
                        ground 3(a): requested shall refuse if offence.political
                        ground 3(a): requested may refuse if offence.terrorism
                    }
                }
                """).expectOne("t.pacta", IssueCodes.DUPLICATE_CITATION, ERROR, 6, "Duplicate citation 3(a)");
    }

    @Test
    void ownProvisionShadowingTheModel() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    article 3 {
                        ground 3(a): requested may refuse if offence.political
                    }
                }
                """).expectOne("t.pacta", IssueCodes.SHADOWED_CITATION, ERROR, 6, "write 'replace 3(a) with");
    }

    @Test
    void citationFiledUnderAnotherArticle() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument T {
                    kind model
                    article 3 {
                        ground 4(a): requested may refuse if offence.political
                    }
                }
                """).expectOne("t.pacta", IssueCodes.CITATION_OUTSIDE_ARTICLE, WARNING, 5, "filed under article 3");
    }

    @Test
    void cyclicDerivation() {
        Sources sources = Fixtures.withModel("t.pacta", """
                package t
                instrument A derives from B {
                    kind model
                }
                instrument B derives from A {
                    kind model
                }
                """);
        sources.expectAt("t.pacta", IssueCodes.CYCLIC_DERIVATION, ERROR, 2, "A derives, directly or through its models, from itself");
        sources.expectAt("t.pacta", IssueCodes.CYCLIC_DERIVATION, ERROR, 5, "B derives, directly or through its models, from itself");
    }

    @Test
    void derivationFromANonModel() {
        Fixtures.withModel("t.pacta", """
                package t
                instrument C {
                    kind convention
                }
                instrument T derives from C {
                    kind bilateral
                    parties MD, AM
                }
                """).expectOne("t.pacta", IssueCodes.DERIVES_FROM_NON_MODEL, WARNING, 5, "which is a convention");
    }

    @Test
    void replacementUnderAnotherCitation() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind model
                    replace 4(a) with ground 4(b): requested shall refuse if offence.political
                }
                """).expectOne("t.pacta", IssueCodes.REPLACEMENT_CITATION, ERROR, 5, "keeps the citation it replaces");
    }

    @Test
    void derivedTreatyWithoutSpeciality() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind bilateral
                    modality extradition
                    parties MD, AM
                    fix min-penalty = 1 year
                    omit 14(1)
                }
                """).expectOne("t.pacta", IssueCodes.INCOMPLETE_DERIVATION, WARNING, 8, "omits art 14(1) of Model (rule of speciality)");
    }

    @Test
    void derivedTreatyKeepingSpecialityIsComplete() {
        Fixtures.withModel("t.pacta", """
                package t
                import test.models.*
                instrument T derives from Model {
                    kind bilateral
                    modality extradition
                    parties MD, AM
                    fix min-penalty = 1 year
                }
                """).expectClean("t.pacta");
    }
}
