// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.util.List;
import java.util.stream.Collectors;

import org.pacta.engine.Span;
import org.pacta.model.And;
import org.pacta.model.BooleanValue;
import org.pacta.model.Condition;
import org.pacta.model.Connective;
import org.pacta.model.DateValue;
import org.pacta.model.Duration;
import org.pacta.model.DurationValue;
import org.pacta.model.Duty;
import org.pacta.model.EnumValue;
import org.pacta.model.FactTest;
import org.pacta.model.Not;
import org.pacta.model.NumberValue;
import org.pacta.model.Operator;
import org.pacta.model.Or;
import org.pacta.model.RoleValue;
import org.pacta.model.SetValue;
import org.pacta.model.StateValue;
import org.pacta.model.TextValue;
import org.pacta.model.Value;

/**
 * Compiled conditions, values and duties written back in the notation of the language
 * ({@code offence.political and not offence.terrorism}, {@code offence.max-penalty >= 1 year}), so that a compiled
 * network reads like its source. A parameter a model treaty leaves open is written {@code [name]}; a fixed one as its
 * value.
 */
public final class ConditionText {

    private ConditionText() {
    }

    public static String of(Condition condition) {
        if (condition == null) {
            return null;
        }
        if (condition instanceof And and) {
            return join(and, " and ");
        }
        if (condition instanceof Or or) {
            return join(or, " or ");
        }
        if (condition instanceof Not not) {
            return "not " + operand(not.getOperand());
        }
        FactTest test = (FactTest) condition;
        if (test.getOperator() == Operator.EQ && test.getValue() instanceof BooleanValue b && b.isValue()) {
            return test.getFact(); // the bare test of the source
        }
        return test.getFact() + " " + operator(test.getOperator()) + " " + value(test.getValue());
    }

    /** {@code requested shall submit-for-prosecution if requesting.asks-prosecution}. */
    public static String of(Duty duty) {
        if (duty == null) {
            return null;
        }
        String text = (duty.isSetBearer() ? duty.getBearer().getLiteral() : "?") + " "
                + (duty.isSetModal() ? duty.getModal().getLiteral() : "shall") + (duty.isNegated() ? " not " : " ")
                + duty.getAction();
        return duty.getCondition() == null ? text : text + " if " + of(duty.getCondition());
    }

    public static String of(Duration duration) {
        if (duration == null) {
            return null;
        }
        Span span = Span.of(duration);
        if (span != null) {
            return span.toString();
        }
        return duration.getParameter() != null ? "[" + duration.getParameter().getName() + "]" : "?";
    }

    public static String value(Value value) {
        if (value instanceof BooleanValue b) {
            return String.valueOf(b.isValue());
        }
        if (value instanceof NumberValue n) {
            return String.valueOf(n.getValue());
        }
        if (value instanceof DurationValue d) {
            return of(d.getDuration());
        }
        if (value instanceof TextValue t) {
            return '"' + t.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof DateValue d) {
            return String.valueOf(d.getValue());
        }
        if (value instanceof StateValue s) {
            return s.getCode();
        }
        if (value instanceof EnumValue e) {
            return e.getLiteral();
        }
        if (value instanceof RoleValue r) {
            return r.getRole().getLiteral();
        }
        if (value instanceof SetValue set) {
            return set.getItems().stream().map(ConditionText::value).collect(Collectors.joining(", ", "{", "}"));
        }
        return "?";
    }

    private static String join(Connective connective, String separator) {
        List<String> operands = connective.getOperands().stream().map(ConditionText::operand).toList();
        return String.join(separator, operands);
    }

    /** An operand of and, or, not: parenthesised when it is itself a connective. */
    private static String operand(Condition condition) {
        String text = of(condition);
        return condition instanceof Connective ? "(" + text + ")" : text;
    }

    private static String operator(Operator operator) {
        return switch (operator) {
            case EQ -> "=";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case IN -> "in";
            case CONTAINS -> "contains";
        };
    }
}
