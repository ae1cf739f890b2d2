// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Duty;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.ModalVerb;
import org.pacta.dsl.ast.Norm;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.semantics.Derivation;
import org.pacta.dsl.semantics.Satisfiability;

/**
 * A norm that obliges and a norm that forbids the same action to the same bearer, under conditions that can both
 * hold, leave the bearer with no lawful course: the drafter must narrow one of the conditions.
 */
public class NormConflictChecks extends PactaCheckBase {

    @Check
    public void noShallAndShallNotTogether(Instrument instrument) {
        if (Derivation.isCyclic(instrument)) {
            return;
        }
        List<Norm> norms = new ArrayList<>();
        for (Provision provision : Derivation.effectiveProvisions(instrument).values()) {
            if (provision instanceof Norm norm && norm.getDuty() != null && norm.getDuty().getAction() != null) {
                norms.add(norm);
            }
        }
        for (Norm prohibition : norms) {
            if (!prohibits(prohibition.getDuty())) {
                continue;
            }
            for (Norm obligation : norms) {
                if (obligation == prohibition || !obliges(obligation.getDuty())) {
                    continue;
                }
                Duty forbid = prohibition.getDuty();
                Duty oblige = obligation.getDuty();
                if (forbid.getBearer() == oblige.getBearer() && forbid.getAction() == oblige.getAction()
                        && Satisfiability.canBothHold(forbid.getCondition(), oblige.getCondition())) {
                    Norm reported = inInstrument(prohibition, instrument) ? prohibition : obligation;
                    if (!inInstrument(reported, instrument)) {
                        continue;
                    }
                    Norm other = reported == prohibition ? obligation : prohibition;
                    error("Norm " + reported.getName() + " and norm " + other.getName() + " say the " + forbid.getBearer()
                            + " party shall and shall not " + forbid.getAction().getName()
                            + " under conditions that can both hold", reported, AST.getProvision_Name(),
                            IssueCodes.CONFLICTING_NORMS);
                }
            }
        }
    }

    private static boolean prohibits(Duty duty) {
        return duty.isNegated();
    }

    private static boolean obliges(Duty duty) {
        return !duty.isNegated() && duty.getModal() == ModalVerb.SHALL;
    }

    /** Conflicts inherited unchanged from a model are reported on the model, not again on each derived treaty. */
    private static boolean inInstrument(Norm norm, Instrument instrument) {
        return org.eclipse.xtext.EcoreUtil2.getContainerOfType(norm, Instrument.class) == instrument;
    }
}
