// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Action;
import org.pacta.dsl.ast.Amount;
import org.pacta.dsl.ast.Deadline;
import org.pacta.dsl.ast.Duty;
import org.pacta.dsl.ast.Event;
import org.pacta.dsl.ast.EventAssignment;
import org.pacta.dsl.ast.Extension;
import org.pacta.dsl.ast.ObligationExpectation;
import org.pacta.dsl.ast.Term;
import org.pacta.dsl.semantics.Amounts;

/** Time limits count from dated events, in days, months or years; duties name actions. */
public class DeadlineChecks extends PactaCheckBase {

    @Check
    public void deadlineCountsFromAnEvent(Deadline deadline) {
        Term from = deadline.getEvent();
        if (from != null && !from.eIsProxy() && !(from instanceof Event)) {
            error("A time limit counts from an event; " + from.getName() + " is "
                    + (from instanceof Action ? "an action" : "a fact") + ", not an event", deadline,
                    AST.getDeadline_Event(), IssueCodes.DEADLINE_NOT_EVENT);
        }
        checkPeriod(deadline.getPeriod(), deadline, "time limit");
    }

    @Check
    public void extensionIsAPeriod(Extension extension) {
        checkPeriod(extension.getPeriod(), extension, "extension");
    }

    @Check
    public void eventDateIsForAnEvent(EventAssignment assignment) {
        Term event = assignment.getEvent();
        if (event != null && !event.eIsProxy() && !(event instanceof Event)) {
            error(event.getName() + " is not an event: only events have dates", assignment,
                    AST.getEventAssignment_Event(), IssueCodes.DEADLINE_NOT_EVENT);
        }
    }

    @Check
    public void dutyNamesAnAction(Duty duty) {
        Term action = duty.getAction();
        if (action != null && !action.eIsProxy() && !(action instanceof Action)) {
            error(action.getName() + " is " + (action instanceof Event ? "an event" : "a fact")
                    + ", not an action", duty, AST.getDuty_Action(), IssueCodes.NOT_AN_ACTION);
        }
    }

    @Check
    public void expectedObligationIsAnAction(ObligationExpectation expectation) {
        Term action = expectation.getAction();
        if (action != null && !action.eIsProxy() && !(action instanceof Action)) {
            error(action.getName() + " is not an action", expectation, AST.getObligationExpectation_Action(),
                    IssueCodes.NOT_AN_ACTION);
        }
    }

    private void checkPeriod(Amount period, org.eclipse.emf.ecore.EObject owner, String what) {
        boolean unresolved = period instanceof org.pacta.dsl.ast.ParameterRef ref
                && (ref.getParameter() == null || ref.getParameter().eIsProxy());
        if (period != null && !unresolved && !Amounts.isDuration(period)) {
            error("A " + what + " needs a unit (days, months or years)", owner,
                    owner instanceof Deadline ? AST.getDeadline_Period() : AST.getExtension_Period(),
                    IssueCodes.PERIOD_WITHOUT_UNIT);
        }
    }
}
