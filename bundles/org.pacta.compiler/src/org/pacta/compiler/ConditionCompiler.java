// SPDX-License-Identifier: EPL-2.0
package org.pacta.compiler;

import java.time.LocalDate;
import java.util.Map;

import org.pacta.dsl.ast.Amount;
import org.pacta.dsl.ast.AmountValue;
import org.pacta.dsl.ast.And;
import org.pacta.dsl.ast.BooleanValue;
import org.pacta.dsl.ast.Condition;
import org.pacta.dsl.ast.DateValue;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.FactSubject;
import org.pacta.dsl.ast.LifeAmount;
import org.pacta.dsl.ast.NameValue;
import org.pacta.dsl.ast.Not;
import org.pacta.dsl.ast.Or;
import org.pacta.dsl.ast.Parameter;
import org.pacta.dsl.ast.ParameterRef;
import org.pacta.dsl.ast.Quantity;
import org.pacta.dsl.ast.RoleSubject;
import org.pacta.dsl.ast.RoleValue;
import org.pacta.dsl.ast.SetValue;
import org.pacta.dsl.ast.Test;
import org.pacta.dsl.ast.TextValue;
import org.pacta.dsl.ast.Value;
import org.pacta.dsl.semantics.Amounts;
import org.pacta.dsl.semantics.ValueType;
import org.pacta.model.Duration;
import org.pacta.model.DurationUnit;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.Operator;
import org.pacta.model.Role;

/**
 * Conditions and values, from the text's tree to the model's: connectives flattened ({@code a and b and c} is one
 * {@code And}), durations normalised to days, months or years, parameters replaced by the value the instrument fixes.
 */
final class ConditionCompiler {

    private static final ObligationsFactory F = ObligationsFactory.eINSTANCE;

    /** Fixed parameter values of the instrument being compiled; a parameter not fixed stays a reference. */
    private final Map<Parameter, Amount> fixed;
    private final Map<Parameter, org.pacta.model.Parameter> compiledParameters;

    ConditionCompiler(Map<Parameter, Amount> fixed, Map<Parameter, org.pacta.model.Parameter> compiledParameters) {
        this.fixed = fixed;
        this.compiledParameters = compiledParameters;
    }

    org.pacta.model.Condition condition(Condition condition) {
        if (condition == null) {
            return null;
        }
        if (condition instanceof And and) {
            org.pacta.model.And result = F.createAnd();
            flatten(and, And.class, result);
            return result;
        }
        if (condition instanceof Or or) {
            org.pacta.model.Or result = F.createOr();
            flatten(or, Or.class, result);
            return result;
        }
        if (condition instanceof Not not) {
            org.pacta.model.Not result = F.createNot();
            result.setOperand(condition(not.getOperand()));
            return result;
        }
        Test test = (Test) condition;
        org.pacta.model.FactTest result = F.createFactTest();
        if (test.getSubject() instanceof RoleSubject role) {
            result.setFact(role.getRole().getLiteral());
        } else {
            result.setFact(((FactSubject) test.getSubject()).getFact().getName());
        }
        if (test.getValue() == null) {
            result.setOperator(Operator.EQ);
            org.pacta.model.BooleanValue truth = F.createBooleanValue();
            truth.setValue(true);
            result.setValue(truth);
        } else {
            result.setOperator(Operator.valueOf(test.getOperator().name()));
            result.setValue(value(test.getValue(), elementTypeOf(test)));
        }
        return result;
    }

    private void flatten(Condition condition, Class<? extends Condition> kind, org.pacta.model.Connective into) {
        if (kind.isInstance(condition)) {
            Condition left = condition instanceof And a ? a.getLeft() : ((Or) condition).getLeft();
            Condition right = condition instanceof And a ? a.getRight() : ((Or) condition).getRight();
            flatten(left, kind, into);
            flatten(right, kind, into);
        } else {
            into.getOperands().add(condition(condition));
        }
    }

    private static ValueType elementTypeOf(Test test) {
        if (test.getSubject() instanceof FactSubject subject && subject.getFact() instanceof Fact fact) {
            return ValueType.elementOf(fact);
        }
        return ValueType.STATE;
    }

    /** A written value as the model stores it, using the fact's type to tell enumeration literals from states. */
    org.pacta.model.Value value(Value value, ValueType expected) {
        if (value instanceof BooleanValue b) {
            org.pacta.model.BooleanValue result = F.createBooleanValue();
            result.setValue("true".equals(b.getValue()));
            return result;
        }
        if (value instanceof AmountValue amount) {
            Amount resolved = resolve(amount.getAmount());
            if (resolved instanceof Quantity q && !Amounts.hasUnit(q)) {
                org.pacta.model.NumberValue result = F.createNumberValue();
                result.setValue(q.getValue());
                return result;
            }
            org.pacta.model.DurationValue result = F.createDurationValue();
            result.setDuration(duration(amount.getAmount()));
            return result;
        }
        if (value instanceof SetValue set) {
            org.pacta.model.SetValue result = F.createSetValue();
            set.getItems().forEach(item -> result.getItems().add(value(item, expected)));
            return result;
        }
        if (value instanceof TextValue text) {
            org.pacta.model.TextValue result = F.createTextValue();
            result.setValue(text.getValue());
            return result;
        }
        if (value instanceof DateValue date) {
            org.pacta.model.DateValue result = F.createDateValue();
            result.setValue(LocalDate.parse(date.getValue()));
            return result;
        }
        if (value instanceof RoleValue role) {
            org.pacta.model.RoleValue result = F.createRoleValue();
            result.setRole(Role.valueOf(role.getRole().name()));
            return result;
        }
        String name = ((NameValue) value).getValue();
        if (expected == ValueType.STATE) {
            org.pacta.model.StateValue result = F.createStateValue();
            result.setCode(name);
            return result;
        }
        if (expected == ValueType.TEXT) {
            org.pacta.model.TextValue result = F.createTextValue();
            result.setValue(name);
            return result;
        }
        org.pacta.model.EnumValue result = F.createEnumValue();
        result.setLiteral(name);
        return result;
    }

    /** A duration with its unit normalised (day/days → days …); parameters are replaced by their fixed value. */
    Duration duration(Amount amount) {
        Amount resolved = resolve(amount);
        Duration result = F.createDuration();
        if (resolved instanceof LifeAmount) {
            result.setLife(true);
            return result;
        }
        if (resolved instanceof ParameterRef ref) {
            // left open by a model: the duration points at the parameter, and a case cannot be decided on it
            result.setParameter(compiledParameters.get(ref.getParameter()));
            return result;
        }
        Quantity quantity = (Quantity) resolved;
        result.setAmount(quantity.getValue());
        result.setUnit(switch (Amounts.unitOf(quantity) == null ? org.pacta.dsl.ast.Unit.DAYS : Amounts.unitOf(quantity)) {
            case DAY, DAYS -> DurationUnit.DAYS;
            case MONTH, MONTHS -> DurationUnit.MONTHS;
            case YEAR, YEARS -> DurationUnit.YEARS;
        });
        return result;
    }

    private Amount resolve(Amount amount) {
        Amount current = amount;
        for (int depth = 0; depth < 16 && current instanceof ParameterRef ref && fixed.containsKey(ref.getParameter()); depth++) {
            current = fixed.get(ref.getParameter());
        }
        return current;
    }

}
