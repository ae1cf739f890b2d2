// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.AmountValue;
import org.pacta.dsl.ast.Declaration;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.FactAssignment;
import org.pacta.dsl.ast.FactSubject;
import org.pacta.dsl.ast.Literal;
import org.pacta.dsl.ast.NameValue;
import org.pacta.dsl.ast.Operator;
import org.pacta.dsl.ast.RoleSubject;
import org.pacta.dsl.ast.SetValue;
import org.pacta.dsl.ast.Term;
import org.pacta.dsl.ast.Test;
import org.pacta.dsl.ast.Threshold;
import org.pacta.dsl.ast.Value;
import org.pacta.dsl.semantics.Amounts;
import org.pacta.dsl.semantics.StateCodes;
import org.pacta.dsl.semantics.ValueType;

/**
 * Types and units in conditions, thresholds, test facts and declarations: a duration is compared with a duration
 * ({@code 2 years}), a number without a unit, an enumeration with one of its literals, a set with {@code contains}.
 */
public class ConditionTypeChecks extends PactaCheckBase {

    @Check
    public void testIsWellTyped(Test test) {
        if (test.getSubject() instanceof RoleSubject) {
            checkValue(ValueType.STATE, false, null, "the " + ((RoleSubject) test.getSubject()).getRole() + " state",
                    test.getOperator(), test.getValue(), test, AST.getTest_Value());
            return;
        }
        Fact fact = factOf(((FactSubject) test.getSubject()).getFact(), test.getSubject(), AST.getFactSubject_Fact());
        if (fact == null) {
            return;
        }
        if (test.getValue() == null) {
            if (ValueType.elementOf(fact) != ValueType.BOOLEAN || ValueType.isSet(fact)) {
                error(fact.getName() + " is not a boolean: compare it with a value (e.g. '" + fact.getName() + " = …')",
                        test, AST.getTest_Subject(), IssueCodes.TYPE_MISMATCH);
            }
            return;
        }
        checkValue(ValueType.elementOf(fact), ValueType.isSet(fact), fact, fact.getName(), test.getOperator(),
                test.getValue(), test, AST.getTest_Value());
    }

    @Check
    public void assignmentIsWellTyped(FactAssignment assignment) {
        Fact fact = factOf(assignment.getFact(), assignment, AST.getFactAssignment_Fact());
        if (fact != null) {
            checkAssigned(fact, assignment.getValue(), assignment, AST.getFactAssignment_Value());
        }
    }

    @Check
    public void declarationIsWellTyped(Declaration declaration) {
        if (declaration.getFact() == null) {
            return;
        }
        Fact fact = factOf(declaration.getFact(), declaration, AST.getDeclaration_Fact());
        if (fact != null) {
            checkAssigned(fact, declaration.getValue(), declaration, AST.getDeclaration_Value());
        }
    }

    @Check
    public void thresholdMeasuresADuration(Threshold threshold) {
        Fact fact = factOf(threshold.getMeasure(), threshold, AST.getThreshold_Measure());
        if (fact != null && (ValueType.elementOf(fact) != ValueType.DURATION || ValueType.isSet(fact))) {
            error("A threshold measures a penalty or sentence; " + fact.getName() + " is not a duration", threshold,
                    AST.getThreshold_Measure(), IssueCodes.TYPE_MISMATCH);
        }
        if (threshold.getAmount() != null && !Amounts.isDuration(threshold.getAmount())) {
            error("A threshold needs a unit (days, months or years)", threshold, AST.getThreshold_Amount(),
                    IssueCodes.UNIT_MISMATCH);
        }
    }

    /** The fact behind a reference, or an error if the name is an event or an action. */
    private Fact factOf(Term term, EObject owner, EStructuralFeature feature) {
        if (term == null || term.eIsProxy()) {
            return null;
        }
        if (term instanceof Fact fact) {
            return fact;
        }
        error(term.getName() + " is " + (term instanceof org.pacta.dsl.ast.Event ? "an event" : "an action")
                + ", not a fact", owner, feature, IssueCodes.NOT_A_FACT);
        return null;
    }

    private void checkAssigned(Fact fact, Value value, EObject owner, EStructuralFeature feature) {
        if (ValueType.isSet(fact)) {
            if (!(value instanceof SetValue set)) {
                error(fact.getName() + " is a set: write '{ … }'", owner, feature, IssueCodes.TYPE_MISMATCH);
                return;
            }
            for (Value item : set.getItems()) {
                checkSingle(ValueType.elementOf(fact), fact, fact.getName(), item, owner, feature);
            }
            return;
        }
        checkSingle(ValueType.elementOf(fact), fact, fact.getName(), value, owner, feature);
    }

    private void checkValue(ValueType type, boolean isSet, Fact fact, String subject, Operator operator, Value value,
            EObject owner, EStructuralFeature feature) {
        switch (operator) {
            case CONTAINS -> {
                if (!isSet) {
                    error(subject + " is not a set: 'contains' applies to sets", owner, AST.getTest_Operator(),
                            IssueCodes.TYPE_MISMATCH);
                    return;
                }
                checkSingle(type, fact, subject, value, owner, feature);
            }
            case IN -> {
                if (isSet) {
                    error(subject + " is a set: use 'contains'", owner, AST.getTest_Operator(), IssueCodes.TYPE_MISMATCH);
                    return;
                }
                if (!(value instanceof SetValue set)) {
                    error("'in' takes a set of values: '{ … }'", owner, feature, IssueCodes.TYPE_MISMATCH);
                    return;
                }
                for (Value item : set.getItems()) {
                    checkSingle(type, fact, subject, item, owner, feature);
                }
            }
            case LT, LE, GT, GE -> {
                if (isSet || !type.isOrdered()) {
                    error(subject + " cannot be ordered: '" + operator.getLiteral() + "' compares numbers, durations or dates",
                            owner, AST.getTest_Operator(), IssueCodes.TYPE_MISMATCH);
                    return;
                }
                checkSingle(type, fact, subject, value, owner, feature);
            }
            default -> {
                if (isSet) {
                    error(subject + " is a set: use 'contains'", owner, AST.getTest_Operator(), IssueCodes.TYPE_MISMATCH);
                    return;
                }
                checkSingle(type, fact, subject, value, owner, feature);
            }
        }
    }

    private void checkSingle(ValueType expected, Fact fact, String subject, Value value, EObject owner,
            EStructuralFeature feature) {
        ValueType actual = ValueType.of(value);
        if (expected == ValueType.UNKNOWN || actual == ValueType.UNKNOWN) {
            return;
        }
        if (expected == ValueType.DURATION && actual == ValueType.NUMBER) {
            error(subject + " is a duration: give a unit (days, months or years)", owner, feature, IssueCodes.UNIT_MISMATCH);
        } else if (expected == ValueType.NUMBER && actual == ValueType.DURATION && value instanceof AmountValue) {
            error(subject + " is a number, not a duration: drop the unit", owner, feature, IssueCodes.UNIT_MISMATCH);
        } else if (actual == ValueType.NAME) {
            checkName(expected, fact, subject, ((NameValue) value).getValue(), owner, feature);
        } else if (actual != expected && !(expected == ValueType.TEXT && actual == ValueType.TEXT)) {
            error(subject + " is " + article(expected) + ", not " + article(actual), owner, feature, IssueCodes.TYPE_MISMATCH);
        }
    }

    private void checkName(ValueType expected, Fact fact, String subject, String name, EObject owner,
            EStructuralFeature feature) {
        switch (expected) {
            case ENUMERATION -> {
                boolean known = fact.getType().getLiterals().stream().map(Literal::getName).anyMatch(name::equals);
                if (!known) {
                    error("'" + name + "' is not a value of " + subject, owner, feature, IssueCodes.UNKNOWN_LITERAL);
                }
            }
            case STATE -> {
                if (!StateCodes.isValid(name)) {
                    error("'" + name + "' is not an ISO 3166-1 alpha-2 state code", owner, feature,
                            IssueCodes.INVALID_STATE_CODE);
                }
            }
            case TEXT -> {
                // kebab-case categories such as fraud or tax-evasion are text written without quotes
            }
            default -> error(subject + " is " + article(expected) + ", not a name", owner, feature, IssueCodes.TYPE_MISMATCH);
        }
    }

    private static String article(ValueType type) {
        return switch (type) {
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case DURATION -> "a duration";
            case DATE -> "a date";
            case STATE -> "a state";
            case TEXT -> "a text";
            case ENUMERATION -> "an enumeration";
            case NAME -> "a name";
            case SET -> "a set";
            case UNKNOWN -> "unknown";
        };
    }
}
