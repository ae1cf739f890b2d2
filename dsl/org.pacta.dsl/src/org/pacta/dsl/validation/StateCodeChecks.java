// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.PartyStatus;
import org.pacta.dsl.ast.RequestSpec;
import org.pacta.dsl.semantics.StateCodes;

/** States are written as ISO 3166-1 alpha-2 codes (AM, MD, GB), so that cases and membership data agree. */
public class StateCodeChecks extends PactaCheckBase {

    @Check
    public void instrumentParties(Instrument instrument) {
        for (int i = 0; i < instrument.getParties().size(); i++) {
            check(instrument.getParties().get(i), instrument, AST.getInstrument_Parties(), i);
        }
    }

    @Check
    public void membershipParty(PartyStatus party) {
        check(party.getState(), party, AST.getPartyStatus_State(), -1);
    }

    @Check
    public void requestStates(RequestSpec request) {
        check(request.getRequesting(), request, AST.getRequestSpec_Requesting(), -1);
        check(request.getRequested(), request, AST.getRequestSpec_Requested(), -1);
    }

    private void check(String code, EObject owner, EStructuralFeature feature, int index) {
        if (code != null && !StateCodes.isValid(code)) {
            error("'" + code + "' is not an ISO 3166-1 alpha-2 state code", owner, feature, index,
                    IssueCodes.INVALID_STATE_CODE);
        }
    }
}
