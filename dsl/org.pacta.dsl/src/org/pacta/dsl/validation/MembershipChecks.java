// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.PartyStatus;

/** Membership data: one line per state, and its dates in the order treaty law allows. */
public class MembershipChecks extends PactaCheckBase {

    @Check
    public void onePartyLinePerState(MembershipBlock block) {
        Set<String> seen = new HashSet<>();
        for (PartyStatus party : block.getParties()) {
            if (party.getState() != null && !seen.add(party.getState())) {
                error(party.getState() + " is listed twice", party, AST.getPartyStatus_State(), IssueCodes.DUPLICATE_PARTY);
            }
        }
    }

    @Check
    public void datesInOrder(PartyStatus party) {
        if (before(party.getConsentDate(), party.getSigned())) {
            warning(party.getState() + " consented to be bound (" + party.getConsentDate() + ") before signing ("
                    + party.getSigned() + ")", party, AST.getPartyStatus_ConsentDate(), IssueCodes.DATE_ORDER);
        }
        // a successor state is bound from its independence, which precedes its notification of succession
        boolean succession = party.getConsent() == org.pacta.dsl.ast.ConsentKind.SUCCEEDED;
        if (!succession && before(party.getInForce(), party.getConsentDate())) {
            error("The instrument cannot enter into force for " + party.getState() + " (" + party.getInForce()
                    + ") before it consented to be bound (" + party.getConsentDate() + ")", party,
                    AST.getPartyStatus_InForce(), IssueCodes.DATE_ORDER);
        }
        if (before(party.getWithdrawn(), party.getInForce())) {
            error(party.getState() + " withdrew (" + party.getWithdrawn() + ") before entry into force ("
                    + party.getInForce() + ")", party, AST.getPartyStatus_Withdrawn(), IssueCodes.DATE_ORDER);
        }
    }

    /** ISO dates compare as text; absent dates never conflict. */
    private static boolean before(String a, String b) {
        return a != null && b != null && a.compareTo(b) < 0;
    }
}
