// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.pacta.dsl.ast.And;
import org.pacta.dsl.ast.Ground;
import org.pacta.dsl.ast.GroundKind;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.Norm;
import org.pacta.dsl.ast.Or;
import org.pacta.dsl.ast.TestCase;
import org.pacta.dsl.semantics.Derivation;

/** The language's constructs parse into the AST a lawyer would expect from the text. */
class ParsingTest {

    @Test
    void modelTreatyParsesWithGroundsNormsAndParameters() {
        Sources sources = Fixtures.withModel("empty.pacta", "package empty\n");
        sources.expectClean("model.pacta");
        Instrument model = (Instrument) sources.file("model.pacta").getElements().get(0);
        var provisions = Derivation.effectiveProvisions(model);
        assertEquals(java.util.List.of("2(1)", "3(a)", "4(a)", "14(1)"), java.util.List.copyOf(provisions.keySet()));
        Ground political = (Ground) provisions.get("3(a)");
        assertEquals(GroundKind.MANDATORY, political.getKind());
        assertEquals("political-offence", political.getClaim());
        Ground nationality = (Ground) provisions.get("4(a)");
        assertEquals(GroundKind.OPTIONAL, nationality.getKind());
        assertEquals("submit-for-prosecution", nationality.getConsequences().get(0).getAction().getName());
        Norm speciality = (Norm) provisions.get("14(1)");
        assertTrue(speciality.getDuty().isNegated());
        assertEquals("rule of speciality", speciality.getEssential());
    }

    @Test
    void everyConstructOfTheLanguageParses() {
        Sources sources = Fixtures.withModel("all.pacta", """
                package test.all
                import test.models.*
                instrument Treaty derives from Model {
                    title "Treaty between Moldova and Armenia on extradition"
                    kind bilateral
                    modality extradition
                    parties MD, AM
                    signed 2011-05-03
                    in-force 2012-02-01
                    source "hypothetical"
                    unverified "drafting example"
                    fix min-penalty = 1 year
                    omit 3(a)
                    replace 4(a) with ground 4(a) as nationality: requested shall refuse if person.nationality contains requested
                        then requested shall submit-for-prosecution if offence.max-penalty >= 2 years
                    article 9 "Provisional arrest" {
                        norm 9(4): requested shall release if arrest.provisional within 40 days from person.arrested
                            extendable by 10 days if (offence.political or not offence.terrorism) and request.purpose = prosecution
                            on expiry requested may release
                            text "Released after 40 days." verified "https://example.org"
                    }
                    article 10 {
                        not-a-ground 10(1): fiscal-offence as sole ground for extradition
                        requirement 10(2): documents warrant, identity if request.purpose in {prosecution}
                        precedence 10(3): provisions 9(4), 10(1) only where no mla treaty binds the parties
                        precedence 10(4): basis for extradition only where no treaty binds the parties and offence.terrorism
                        precedence 10(5): replaces test.models.Model between parties
                        scope 10(6) "Serious crime" {
                            applies if offence.max-penalty >= 4 years and person.residence-years < 5
                            threshold enforcement: sentence.remaining >= 6 months
                            dual-criminality strict except if offence.category = fraud
                        }
                    }
                }
                membership of Treaty {
                    source "hypothetical"
                    party MD "Moldova" signed 2011-05-03 ratified 2011-10-01 in-force 2012-02-01 {
                        reservation on 10(1) excludes "not bound"
                        declaration on 9(4) sets arrest.provisional = true "declares"
                    }
                    party AM "Armenia" acceded 2011-11-01 in-force unknown unverified "date not found"
                }
                test "an own national may be refused, with a duty to prosecute" {
                    request extradition for prosecution from MD to AM under Treaty on 2024-03-01
                    facts person.nationality = {AM}, offence.max-penalty = 5 years
                    events person.arrested on 2024-03-01
                    expect outcome must-refuse
                    expect ground 4(a) applies
                    expect obligation submit-for-prosecution by 4(a) due 2024-04-10
                    expect basis Treaty
                    expect missing offence.political
                }
                """);
        sources.expectClean("all.pacta");
        var file = sources.file("all.pacta");
        Instrument treaty = (Instrument) file.getElements().get(0);
        assertEquals(java.util.List.of("MD", "AM"), treaty.getParties());
        Norm arrest = (Norm) Derivation.effectiveProvisions(treaty).get("9(4)");
        assertInstanceOf(And.class, arrest.getExtension().getCondition());
        assertInstanceOf(Or.class, ((And) arrest.getExtension().getCondition()).getLeft());
        assertFalse(Derivation.effectiveProvisions(treaty).containsKey("3(a)"));
        MembershipBlock membership = (MembershipBlock) file.getElements().get(1);
        assertTrue(membership.getParties().get(1).isInForceUnknown());
        TestCase test = (TestCase) file.getElements().get(2);
        assertEquals(5, test.getExpectations().size());
    }

    @Test
    void syntaxErrorIsReportedWithItsLine() {
        Sources sources = Sources.of("broken.pacta", """
                package broken
                instrument Broken {
                    kind model
                    article 1 {
                        ground 1(a): requested must refuse if x
                    }
                }
                """);
        var syntax = sources.issues("broken.pacta").stream()
                .filter(i -> i.getSeverity() == Severity.ERROR && i.isSyntaxError()).toList();
        assertFalse(syntax.isEmpty());
        assertEquals(5, syntax.get(0).getLineNumber());
    }
}
