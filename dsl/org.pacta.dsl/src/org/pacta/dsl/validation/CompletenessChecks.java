// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.InstrumentKind;
import org.pacta.dsl.ast.Member;
import org.pacta.dsl.ast.Omit;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.semantics.Citations;
import org.pacta.dsl.semantics.Derivation;

/**
 * Completeness against the model: a model marks the provisions a derived treaty should not lose (the rule of
 * speciality in an extradition treaty); a concrete treaty that omits one gets a warning saying which and why.
 */
public class CompletenessChecks extends PactaCheckBase {

    @Check
    public void essentialProvisionsAreKept(Instrument instrument) {
        Instrument model = instrument.getModel();
        if (model == null || model.eIsProxy() || instrument.getKind() == InstrumentKind.MODEL
                || Derivation.isCyclic(instrument)) {
            return;
        }
        Map<String, Provision> kept = Derivation.effectiveProvisions(instrument);
        for (Provision provision : Derivation.effectiveProvisions(model).values()) {
            if (provision.getEssential() != null && !kept.containsKey(provision.getName())) {
                String message = instrument.getName() + " omits " + Citations.display(provision.getName()) + " of "
                        + model.getName() + " (" + provision.getEssential() + ")";
                Omit omit = omitting(instrument, provision);
                if (omit != null) {
                    warning(message, omit, AST.getOmit_Provisions(), omit.getProvisions().indexOf(provision),
                            IssueCodes.INCOMPLETE_DERIVATION);
                } else {
                    warning(message, instrument, AST.getInstrument_Name(), IssueCodes.INCOMPLETE_DERIVATION);
                }
            }
        }
    }

    private static Omit omitting(Instrument instrument, Provision provision) {
        for (Member member : instrument.getMembers()) {
            if (member instanceof Omit omit && omit.getProvisions().contains(provision)) {
                return omit;
            }
        }
        return null;
    }
}
