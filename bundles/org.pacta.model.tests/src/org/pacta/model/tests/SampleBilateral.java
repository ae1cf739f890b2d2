// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.pacta.model.tests.Build.F;
import static org.pacta.model.tests.Build.and;
import static org.pacta.model.tests.Build.article;
import static org.pacta.model.tests.Build.date;
import static org.pacta.model.tests.Build.days;
import static org.pacta.model.tests.Build.durationValue;
import static org.pacta.model.tests.Build.duty;
import static org.pacta.model.tests.Build.isTrue;
import static org.pacta.model.tests.Build.life;
import static org.pacta.model.tests.Build.not;
import static org.pacta.model.tests.Build.number;
import static org.pacta.model.tests.Build.or;
import static org.pacta.model.tests.Build.provision;
import static org.pacta.model.tests.Build.role;
import static org.pacta.model.tests.Build.set;
import static org.pacta.model.tests.Build.state;
import static org.pacta.model.tests.Build.test;
import static org.pacta.model.tests.Build.text;
import static org.pacta.model.tests.Build.unverified;
import static org.pacta.model.tests.Build.years;

import java.time.LocalDate;
import java.util.List;

import org.pacta.model.Article;
import org.pacta.model.Condition;
import org.pacta.model.Deadline;
import org.pacta.model.DisplacingRule;
import org.pacta.model.DualCriminality;
import org.pacta.model.DualCriminalityMode;
import org.pacta.model.Extension;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Modality;
import org.pacta.model.ModalVerb;
import org.pacta.model.Norm;
import org.pacta.model.Operator;
import org.pacta.model.Precedence;
import org.pacta.model.Purpose;
import org.pacta.model.Requirement;
import org.pacta.model.RequirementKind;
import org.pacta.model.Role;
import org.pacta.model.Scope;
import org.pacta.model.Threshold;

/**
 * The fictional MD–AM extradition treaty of the DESIGN.md sketch, derived from the UN model, with the parameter fixed
 * and the remaining kinds of condition, value and precedence rule, so that one network exercises every class.
 */
final class SampleBilateral {

    static final String ID = "sample.MD_AM_Extradition";
    static final String PREDECESSOR_ID = "sample.MD_AM_Extradition_1995";

    private SampleBilateral() {
    }

    /** A fictional earlier treaty that the sample replaces (art 20(2)). */
    static Instrument predecessor() {
        Instrument old = F.createInstrument();
        old.setId(PREDECESSOR_ID);
        old.setKind(InstrumentKind.BILATERAL);
        old.getParties().addAll(List.of("MD", "AM"));
        return old;
    }

    static Instrument create(Instrument model, Instrument untoc, Instrument predecessor) {
        Instrument treaty = F.createInstrument();
        treaty.setId(ID);
        treaty.setTitle("Treaty on extradition between MD and AM (fictional sample)");
        treaty.setKind(InstrumentKind.BILATERAL);
        treaty.getModalities().add(Modality.EXTRADITION);
        treaty.getParties().addAll(List.of("MD", "AM"));
        treaty.setSigned(LocalDate.of(2011, 5, 3));
        treaty.setInForce(LocalDate.of(2012, 2, 1));
        treaty.setDerivedFrom(model);
        treaty.setVerification(unverified("fictional sample from DESIGN.md"));
        article2(treaty);
        article4(treaty);
        article6(treaty);
        article17(treaty);
        article20(treaty, untoc, predecessor);
        return treaty;
    }

    /** Art 2 of the model with [one/two] year(s) fixed at one year, and a temporal scope. */
    private static void article2(Instrument treaty) {
        Article article = article(treaty, "2", "Extraditable offences");
        Scope scope = provision(article, F.createScope(), "2(1)", null);
        Threshold threshold = F.createThreshold();
        threshold.setPurpose(Purpose.PROSECUTION);
        threshold.setMeasure("offence.max-penalty");
        threshold.setAmount(years(1));
        threshold.setBothStates(true);
        scope.getThresholds().add(threshold);
        DualCriminality dualCriminality = F.createDualCriminality();
        dualCriminality.setMode(DualCriminalityMode.STRICT);
        dualCriminality.setExemption(test("offence.category", Operator.IN,
                set(text("terrorism"), text("trafficking-in-human-beings"))));
        scope.setDualCriminality(dualCriminality);
        scope.setApplicability(and(test("requested", Operator.IN, set(state("MD"), state("AM"))),
                test("request.date", Operator.GE, date("2012-02-01"))));
    }

    private static void article4(Instrument treaty) {
        Article article = article(treaty, "4", "Grounds for refusal");
        Ground nationals = ground(article, "4(a)", GroundKind.MANDATORY, "nationality",
                or(isTrue("person.national-of-requested"),
                        test("person.nationality", Operator.CONTAINS, role(Role.REQUESTED))));
        nationals.getConsequences().add(duty(Role.REQUESTED, ModalVerb.SHALL, "submit-for-prosecution", null));
        ground(article, "4(b)", GroundKind.OPTIONAL, "residence",
                and(isTrue("person.resident-in-requested"),
                        test("person.residence-years", Operator.GE, number(5))));
        ground(article, "4(d)", GroundKind.OPTIONAL, "life-sentence",
                and(test("offence.max-penalty", Operator.EQ, durationValue(life())),
                        not(isTrue("requesting.life-review"))));
    }

    private static Ground ground(Article article, String citation, GroundKind kind, String claim,
            Condition condition) {
        Ground ground = provision(article, F.createGround(), citation, null);
        ground.setKind(kind);
        ground.setBearer(Role.REQUESTED);
        ground.setClaim(claim);
        ground.setCondition(condition);
        return ground;
    }

    private static void article6(Instrument treaty) {
        Article article = article(treaty, "6", "Language and channel");
        Requirement language = provision(article, F.createRequirement(), "6(1)", null);
        language.setKind(RequirementKind.LANGUAGE);
        language.getItems().addAll(List.of("ro", "hy", "ru"));
        Requirement channel = provision(article, F.createRequirement(), "6(2)", null);
        channel.setKind(RequirementKind.CHANNEL);
        channel.getItems().add("central-authority");
    }

    /** Art 17.1 of the DESIGN.md sketch: decide within 60 days of arrest, 30 more if the requesting state is told. */
    private static void article17(Instrument treaty) {
        Article article = article(treaty, "17", "Time limits");
        Norm norm = provision(article, F.createNorm(), "17.1", null);
        norm.setDuty(duty(Role.REQUESTED, ModalVerb.SHALL, "decide", null));
        Deadline deadline = F.createDeadline();
        deadline.setPeriod(days(60));
        deadline.setFromEvent("person.arrested");
        norm.setDeadline(deadline);
        Extension extension = F.createExtension();
        extension.setPeriod(days(30));
        extension.setCondition(isTrue("extension.notified"));
        norm.setExtension(extension);
        norm.setExpiry(duty(Role.REQUESTED, ModalVerb.SHALL, "release", null));
    }

    private static void article20(Instrument treaty, Instrument untoc, Instrument predecessor) {
        Article article = article(treaty, "20", "Relation to other instruments");
        precedence(article, "20(1)", F.createPrevails(), untoc);
        precedence(article, "20(2)", F.createReplaces(), predecessor);
    }

    private static void precedence(Article article, String citation, DisplacingRule rule, Instrument target) {
        Precedence precedence = provision(article, F.createPrecedence(), citation, null);
        rule.getTargets().add(target);
        precedence.setRule(rule);
    }
}
