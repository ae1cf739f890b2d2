// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

/** A small vocabulary and model treaty shared by the check tests, shaped like the UN Model Treaty on Extradition. */
final class Fixtures {

    static final String VOCABULARY = """
            package test.core
            vocabulary core "Test vocabulary" {
                fact offence.political : boolean "The offence is regarded as political."
                fact offence.terrorism : boolean "The offence is a terrorist offence."
                fact offence.max-penalty : duration "Maximum penalty in the requesting state."
                fact sentence.remaining : duration "Part of the sentence left to serve."
                fact person.residence-years : number "Years of lawful residence."
                fact person.nationality : set of state "Nationalities of the person."
                fact request.purpose : {prosecution "Trial.", enforcement "Execution of a sentence."} "Purpose."
                fact offence.category : text "Category of the offence."
                fact refusal.claimed : set of {nationality "Own national.", bank-secrecy "Bank secrecy.",
                    fiscal-offence "Fiscal offence.", political-offence "Political offence."} "Grounds claimed."
                fact arrest.provisional : boolean "The arrest was provisional."
                fact offence.fiscal : boolean "The offence concerns taxes or duties."
                fact bank.secrecy-applies : boolean "The records are covered by bank secrecy."
                event person.arrested "The person was arrested."
                event request.received "The request was received."
                action release "Set the person at liberty."
                action submit-for-prosecution "Submit the case to the competent authorities."
                action proceed-for-other-offence "Proceed against the person for an offence other than that of extradition."
                action execute-request "Execute the request."
            }
            """;

    static final String MODEL = """
            package test.models
            instrument Model {
                title "A model extradition treaty"
                kind model
                modality extradition
                parameter min-penalty : duration options 1 year, 2 years "Art 2(1): [one/two] year(s)."
                article 2 "Extraditable offences" {
                    scope 2(1) {
                        threshold prosecution: offence.max-penalty >= [min-penalty] in both states
                        dual-criminality conduct-based
                    }
                }
                article 3 "Mandatory grounds" {
                    ground 3(a) as political-offence: requested shall refuse if offence.political unless offence.terrorism
                }
                article 4 "Optional grounds" {
                    ground 4(a) as nationality: requested may refuse if person.nationality contains requested
                        then requested shall submit-for-prosecution
                }
                article 14 "Rule of speciality" {
                    norm 14(1): requesting shall not proceed-for-other-offence essential "rule of speciality"
                }
            }
            """;

    private Fixtures() {
    }

    /** The vocabulary and the model, plus one file under test. */
    static Sources withModel(String name, String text) {
        return Sources.of("vocabulary.pacta", VOCABULARY).with("model.pacta", MODEL).with(name, text);
    }
}
