// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.pacta.model.tests.Build.F;

import org.pacta.model.Action;
import org.pacta.model.BaseType;
import org.pacta.model.Event;
import org.pacta.model.Fact;
import org.pacta.model.FactLiteral;
import org.pacta.model.Vocabulary;

/** The part of the core vocabulary (DESIGN.md) that the sample instruments use. */
final class CoreVocabulary {

    private CoreVocabulary() {
    }

    static Vocabulary create() {
        Vocabulary core = F.createVocabulary();
        core.setName("core");
        core.setDocumentation("Core facts, events and actions of the platform.");
        for (String name : new String[] { "offence.political", "offence.terrorism", "person.national-of-requested",
                "person.resident-in-requested", "requesting.asks-prosecution", "requesting.life-review",
                "arrest.provisional", "requested.treaty-required", "requested.convention-as-basis",
                "extension.notified" }) {
            core.getTerms().add(fact(name, BaseType.BOOLEAN, false));
        }
        core.getTerms().add(fact("offence.max-penalty", BaseType.DURATION, false));
        core.getTerms().add(fact("sentence.remaining", BaseType.DURATION, false));
        core.getTerms().add(fact("person.residence-years", BaseType.NUMBER, false));
        core.getTerms().add(fact("person.nationality", BaseType.STATE, true));
        core.getTerms().add(fact("requested", BaseType.STATE, false));
        core.getTerms().add(fact("offence.category", BaseType.TEXT, false));
        core.getTerms().add(fact("request.date", BaseType.DATE, false));
        core.getTerms().add(enumeration("request.purpose", false, "prosecution", "enforcement"));
        core.getTerms().add(enumeration("request.documents", true, "warrant", "judgment", "statement-of-facts",
                "legal-provisions", "identity"));
        Event arrested = F.createEvent();
        arrested.setName("person.arrested");
        arrested.setDocumentation("The person was arrested.");
        core.getTerms().add(arrested);
        for (String name : new String[] { "release", "transmit-request", "submit-for-prosecution", "decide",
                "submit-to-arbitration", "inform-secretary-general" }) {
            Action action = F.createAction();
            action.setName(name);
            core.getTerms().add(action);
        }
        return core;
    }

    private static Fact fact(String name, BaseType type, boolean setValued) {
        Fact fact = F.createFact();
        fact.setName(name);
        fact.setBaseType(type);
        fact.setSetValued(setValued);
        return fact;
    }

    private static Fact enumeration(String name, boolean setValued, String... literals) {
        Fact fact = F.createFact();
        fact.setName(name);
        fact.setSetValued(setValued);
        for (String literal : literals) {
            FactLiteral l = F.createFactLiteral();
            l.setName(literal);
            fact.getLiterals().add(l);
        }
        return fact;
    }
}
