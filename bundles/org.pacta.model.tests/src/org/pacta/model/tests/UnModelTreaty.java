// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.pacta.model.tests.Build.F;
import static org.pacta.model.tests.Build.article;
import static org.pacta.model.tests.Build.days;
import static org.pacta.model.tests.Build.durationValue;
import static org.pacta.model.tests.Build.duty;
import static org.pacta.model.tests.Build.isTrue;
import static org.pacta.model.tests.Build.literal;
import static org.pacta.model.tests.Build.months;
import static org.pacta.model.tests.Build.open;
import static org.pacta.model.tests.Build.provision;
import static org.pacta.model.tests.Build.test;
import static org.pacta.model.tests.Build.unverified;
import static org.pacta.model.tests.Build.years;

import java.time.LocalDate;
import java.util.List;

import org.pacta.model.Article;
import org.pacta.model.Deadline;
import org.pacta.model.DualCriminality;
import org.pacta.model.Duration;
import org.pacta.model.DualCriminalityMode;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Modality;
import org.pacta.model.ModalVerb;
import org.pacta.model.Norm;
import org.pacta.model.Operator;
import org.pacta.model.Parameter;
import org.pacta.model.ParameterType;
import org.pacta.model.Purpose;
import org.pacta.model.Requirement;
import org.pacta.model.RequirementKind;
import org.pacta.model.Role;
import org.pacta.model.Scope;
import org.pacta.model.Threshold;

/**
 * The UN Model Treaty on Extradition (A/RES/45/116, annex) as the compiler would produce it: art 2(1)-(2) scope with
 * the bracketed thresholds left as parameters, art 3(a) political-offence ground with its terrorism exception, art
 * 4(a) nationality ground with its aut dedere aut judicare consequence, art 5(2) documents, art 9(4) release of a
 * provisionally arrested person after 40 days.
 */
final class UnModelTreaty {

    static final String ID = "un.models.ModelTreatyOnExtradition";
    private static final String UNCHECKED = "test sample; wording abridged, not compared with the official text";

    private UnModelTreaty() {
    }

    static Instrument create() {
        Instrument treaty = F.createInstrument();
        treaty.setId(ID);
        treaty.setTitle("Model Treaty on Extradition");
        treaty.setKind(InstrumentKind.MODEL);
        treaty.getModalities().add(Modality.EXTRADITION);
        treaty.setAdopted(LocalDate.of(1990, 12, 14));
        treaty.setAdoptedBy("A/RES/45/116");
        treaty.setSource("https://www.unodc.org/pdf/model_treaty_extradition.pdf");
        treaty.setVerification(unverified(UNCHECKED));
        Parameter minimumPenalty = parameter(treaty, "minimum-penalty", years(1), years(2));
        Parameter minimumRemaining = parameter(treaty, "minimum-remaining", months(4), months(6));
        article2(treaty, minimumPenalty, minimumRemaining);
        article3(treaty);
        article4(treaty);
        article5(treaty);
        article9(treaty);
        return treaty;
    }

    /** The "[one/two] year(s)" and "[four/six] months" brackets of art 2(1). */
    private static Parameter parameter(Instrument treaty, String name, Duration... options) {
        Parameter parameter = F.createParameter();
        parameter.setName(name);
        parameter.setType(ParameterType.DURATION);
        for (Duration option : options) {
            parameter.getOptions().add(durationValue(option));
        }
        parameter.setDocumentation("Chosen by the parties of a derived treaty (art 2(1)).");
        treaty.getParameters().add(parameter);
        return parameter;
    }

    private static void article2(Instrument treaty, Parameter minimumPenalty, Parameter minimumRemaining) {
        Article article = article(treaty, "2", "Extraditable offences");
        Scope scope = provision(article, F.createScope(), "2(1)",
                "Extraditable offences are offences that are punishable under the laws of both Parties by"
                        + " imprisonment or other deprivation of liberty for a maximum period of at least"
                        + " [one/two] year(s), or by a more severe penalty.");
        scope.getThresholds().add(threshold(Purpose.PROSECUTION, "offence.max-penalty", open(minimumPenalty), true));
        scope.getThresholds().add(threshold(Purpose.ENFORCEMENT, "sentence.remaining", open(minimumRemaining), false));
        DualCriminality dualCriminality = F.createDualCriminality();
        dualCriminality.setMode(DualCriminalityMode.CONDUCT_BASED); // art 2(2): whatever the name of the offence
        scope.setDualCriminality(dualCriminality);
        scope.setEssential(true);
        scope.setEssentialReason("Without a threshold a derived treaty covers petty offences.");
    }

    private static Threshold threshold(Purpose purpose, String measure, Duration amount,
            boolean bothStates) {
        Threshold threshold = F.createThreshold();
        threshold.setPurpose(purpose);
        threshold.setMeasure(measure);
        threshold.setAmount(amount);
        threshold.setBothStates(bothStates);
        return threshold;
    }

    /** Art 3(a): mandatory refusal for political offences, which by the second sentence excludes terrorism. */
    private static void article3(Instrument treaty) {
        Article article = article(treaty, "3", "Mandatory grounds for refusal");
        Ground ground = provision(article, F.createGround(), "3(a)",
                "If the offence for which extradition is requested is regarded by the requested State as an offence"
                        + " of a political nature.");
        ground.setKind(GroundKind.MANDATORY);
        ground.setBearer(Role.REQUESTED);
        ground.setClaim("political-offence");
        ground.setCondition(isTrue("offence.political"));
        ground.setException(isTrue("offence.terrorism"));
        ground.setVerification(unverified(UNCHECKED));
    }

    /** Art 4(a): optional refusal of nationals; if refused, submit the case for prosecution when asked. */
    private static void article4(Instrument treaty) {
        Article article = article(treaty, "4", "Optional grounds for refusal");
        Ground ground = provision(article, F.createGround(), "4(a)",
                "If the person whose extradition is requested is a national of the requested State.");
        ground.setKind(GroundKind.OPTIONAL);
        ground.setBearer(Role.REQUESTED);
        ground.setClaim("nationality");
        ground.setCondition(isTrue("person.national-of-requested"));
        ground.getConsequences().add(duty(Role.REQUESTED, ModalVerb.SHALL, "submit-for-prosecution",
                isTrue("requesting.asks-prosecution")));
    }

    private static void article5(Instrument treaty) {
        Article article = article(treaty, "5", "Channels of communication and required documents");
        Requirement requirement = provision(article, F.createRequirement(), "5(2)",
                "The request for extradition shall be accompanied by ...");
        requirement.setKind(RequirementKind.DOCUMENTS);
        requirement.getItems().addAll(List.of("identity", "legal-provisions", "warrant",
                "statement-of-facts"));
        requirement.setCondition(test("request.purpose", Operator.EQ, literal("prosecution")));
    }

    /**
     * Art 9(4): a person provisionally arrested is set at liberty 40 days after the arrest if the request with its
     * documents has not been received. Encoded as the requesting state's duty with a deadline, and release on expiry.
     */
    private static void article9(Instrument treaty) {
        Article article = article(treaty, "9", "Provisional arrest");
        Norm norm = provision(article, F.createNorm(), "9(4)",
                "The person arrested upon such a request shall be set at liberty upon the expiration of forty days"
                        + " from the date of arrest if the request for extradition, supported by the relevant"
                        + " documents specified in article 5, paragraph 2, has not been received.");
        norm.setDuty(duty(Role.REQUESTING, ModalVerb.SHALL, "transmit-request", isTrue("arrest.provisional")));
        Deadline deadline = F.createDeadline();
        deadline.setPeriod(days(40));
        deadline.setFromEvent("person.arrested");
        norm.setDeadline(deadline);
        norm.setExpiry(duty(Role.REQUESTED, ModalVerb.SHALL, "release", null));
    }
}
