// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.pacta.model.And;
import org.pacta.model.BooleanValue;
import org.pacta.model.Condition;
import org.pacta.model.DateValue;
import org.pacta.model.DurationValue;
import org.pacta.model.EnumValue;
import org.pacta.model.FactTest;
import org.pacta.model.Not;
import org.pacta.model.NumberValue;
import org.pacta.model.Or;
import org.pacta.model.RoleValue;
import org.pacta.model.SetValue;
import org.pacta.model.StateValue;
import org.pacta.model.TextValue;
import org.pacta.model.Value;

/**
 * Evaluates compiled conditions on a case in three-valued logic and records which unknown facts the result
 * depends on. A missing {@code null} condition holds.
 */
final class ConditionEvaluator {

    private final LegalCase legalCase;

    ConditionEvaluator(LegalCase legalCase) {
        this.legalCase = legalCase;
    }

    /** The truth of the condition; names of unknown facts it tested are added to {@code unknown}. */
    Truth evaluate(Condition condition, Collection<String> unknown) {
        if (condition == null) {
            return Truth.TRUE;
        }
        if (condition instanceof And and) {
            Truth result = Truth.TRUE;
            for (Condition operand : and.getOperands()) {
                result = result.and(evaluate(operand, unknown));
            }
            return result;
        }
        if (condition instanceof Or or) {
            Truth result = Truth.FALSE;
            for (Condition operand : or.getOperands()) {
                result = result.or(evaluate(operand, unknown));
            }
            return result;
        }
        if (condition instanceof Not not) {
            return evaluate(not.getOperand(), unknown).not();
        }
        return test((FactTest) condition, unknown);
    }

    private Truth test(FactTest test, Collection<String> unknown) {
        Object actual = legalCase.fact(test.getFact());
        if (actual == null) {
            unknown.add(test.getFact());
            return Truth.UNKNOWN;
        }
        Object expected = valueOf(test.getValue());
        if (expected == null) {
            // a value the model leaves open (an unfixed parameter): the test cannot be decided
            return Truth.UNKNOWN;
        }
        return switch (test.getOperator()) {
            case EQ -> Truth.of(same(actual, expected));
            case NE -> Truth.of(!same(actual, expected));
            case LT -> Truth.of(compare(actual, expected) < 0);
            case LE -> Truth.of(compare(actual, expected) <= 0);
            case GT -> Truth.of(compare(actual, expected) > 0);
            case GE -> Truth.of(compare(actual, expected) >= 0);
            // a text, literal or state code is in a set when the set holds an equal string: a hash look-up
            case IN -> Truth.of(expected instanceof Set<?> set
                    && (actual instanceof String ? set.contains(actual) : set.stream().anyMatch(item -> same(actual, item))));
            case CONTAINS -> Truth.of(actual instanceof Set<?> set
                    && (expected instanceof String ? set.contains(expected) : set.stream().anyMatch(item -> same(item, expected))));
        };
    }

    private boolean same(Object actual, Object expected) {
        if (actual instanceof Span a && expected instanceof Span b) {
            return a.compareTo(b, reference()) == 0;
        }
        if (actual instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return actual.equals(expected);
    }

    private int compare(Object actual, Object expected) {
        if (actual instanceof Span a && expected instanceof Span b) {
            return a.compareTo(b, reference());
        }
        if (actual instanceof Number a && expected instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (actual instanceof LocalDate a && expected instanceof LocalDate b) {
            return a.compareTo(b);
        }
        throw new IllegalArgumentException("cannot order " + actual + " and " + expected);
    }

    /** Durations are compared as lengths counted from the case date (1 year = 12 months). */
    private LocalDate reference() {
        return legalCase.date() != null ? legalCase.date() : LocalDate.of(2000, 1, 1);
    }

    /** A model value as a Java value comparable with case facts. */
    Object valueOf(Value value) {
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof NumberValue n) {
            return n.getValue();
        }
        if (value instanceof DurationValue d) {
            return Span.of(d.getDuration());
        }
        if (value instanceof TextValue t) {
            return t.getValue();
        }
        if (value instanceof DateValue d) {
            return d.getValue();
        }
        if (value instanceof StateValue s) {
            return s.getCode();
        }
        if (value instanceof EnumValue e) {
            return e.getLiteral();
        }
        if (value instanceof RoleValue r) {
            return legalCase.fact(r.getRole().getLiteral());
        }
        if (value instanceof SetValue set) {
            Set<Object> items = new HashSet<>();
            for (Value item : set.getItems()) {
                items.add(valueOf(item));
            }
            return items;
        }
        return null;
    }
}
