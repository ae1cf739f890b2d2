// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pacta.dsl.ast.And;
import org.pacta.dsl.ast.AmountValue;
import org.pacta.dsl.ast.BooleanValue;
import org.pacta.dsl.ast.Condition;
import org.pacta.dsl.ast.FactSubject;
import org.pacta.dsl.ast.NameValue;
import org.pacta.dsl.ast.Not;
import org.pacta.dsl.ast.Operator;
import org.pacta.dsl.ast.Or;
import org.pacta.dsl.ast.RoleSubject;
import org.pacta.dsl.ast.Test;
import org.pacta.dsl.ast.TextValue;
import org.pacta.dsl.ast.Value;

/**
 * Can two conditions hold at the same time? Used to find a norm that is both {@code shall} and {@code shall not}
 * under overlapping conditions. Conditions are put in disjunctive normal form and each pair of conjunctions is
 * checked for a literal and its negation, contradicting equalities and empty numeric intervals. When the normal
 * form would be too large the answer is a conservative "yes".
 */
public final class Satisfiability {

    private static final int MAX_CONJUNCTIONS = 256;

    private Satisfiability() {
    }

    /** One atomic test, possibly negated. {@code key} identifies the subject (fact name or role). */
    record Literal(String key, Operator operator, Object value, boolean positive) {
    }

    /** True when some assignment of facts can make both conditions true; {@code null} means "always". */
    public static boolean canBothHold(Condition a, Condition b) {
        List<List<Literal>> left = dnf(a, true);
        List<List<Literal>> right = dnf(b, true);
        if (left == null || right == null) {
            return true;
        }
        for (List<Literal> l : left) {
            for (List<Literal> r : right) {
                List<Literal> both = new ArrayList<>(l);
                both.addAll(r);
                if (consistent(both)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The normal form of a (possibly negated) condition, or null when it is too large to enumerate. */
    private static List<List<Literal>> dnf(Condition condition, boolean positive) {
        if (condition == null) {
            return positive ? List.of(List.of()) : List.of();
        }
        if (condition instanceof Not not) {
            return dnf(not.getOperand(), !positive);
        }
        if (condition instanceof And and) {
            return positive ? product(dnf(and.getLeft(), true), dnf(and.getRight(), true))
                    : union(dnf(and.getLeft(), false), dnf(and.getRight(), false));
        }
        if (condition instanceof Or or) {
            return positive ? union(dnf(or.getLeft(), true), dnf(or.getRight(), true))
                    : product(dnf(or.getLeft(), false), dnf(or.getRight(), false));
        }
        if (condition instanceof Test test) {
            return List.of(List.of(literal(test, positive)));
        }
        return null;
    }

    private static List<List<Literal>> union(List<List<Literal>> a, List<List<Literal>> b) {
        if (a == null || b == null || a.size() + b.size() > MAX_CONJUNCTIONS) {
            return null;
        }
        List<List<Literal>> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }

    private static List<List<Literal>> product(List<List<Literal>> a, List<List<Literal>> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_CONJUNCTIONS) {
            return null;
        }
        List<List<Literal>> result = new ArrayList<>();
        for (List<Literal> x : a) {
            for (List<Literal> y : b) {
                List<Literal> joined = new ArrayList<>(x);
                joined.addAll(y);
                result.add(joined);
            }
        }
        return result;
    }

    private static Literal literal(Test test, boolean positive) {
        String key = test.getSubject() instanceof FactSubject fs
                ? (fs.getFact() == null || fs.getFact().eIsProxy() ? "?" + System.identityHashCode(test) : fs.getFact().getName())
                : "role:" + ((RoleSubject) test.getSubject()).getRole();
        if (test.getValue() == null) {
            return new Literal(key, Operator.EQ, Boolean.TRUE, positive);
        }
        Object value = valueOf(test.getValue());
        if (value instanceof Boolean bool && (test.getOperator() == Operator.EQ || test.getOperator() == Operator.NE)) {
            // x = false is the negation of x = true: one literal form makes contradictions visible
            boolean truth = bool == (test.getOperator() == Operator.EQ);
            return new Literal(key, Operator.EQ, Boolean.TRUE, positive == truth);
        }
        return new Literal(key, test.getOperator(), value, positive);
    }

    /** A comparable representation: Boolean, Double (days or plain numbers) or String; null if not comparable. */
    private static Object valueOf(Value value) {
        if (value instanceof BooleanValue b) {
            return Boolean.valueOf("true".equals(b.getValue()));
        }
        if (value instanceof AmountValue amount) {
            double days = Amounts.approximateDays(amount.getAmount());
            return Double.isNaN(days) ? null : days;
        }
        if (value instanceof NameValue name) {
            return name.getValue();
        }
        if (value instanceof TextValue text) {
            return text.getValue();
        }
        return null;
    }

    private static boolean consistent(List<Literal> literals) {
        for (int i = 0; i < literals.size(); i++) {
            for (int j = i + 1; j < literals.size(); j++) {
                if (contradict(literals.get(i), literals.get(j))) {
                    return false;
                }
            }
        }
        return numericIntervalsNonEmpty(literals);
    }

    private static boolean contradict(Literal a, Literal b) {
        if (!a.key().equals(b.key()) || a.value() == null || b.value() == null) {
            return false;
        }
        if (a.operator() == b.operator() && Objects.equals(a.value(), b.value())) {
            return a.positive() != b.positive();
        }
        // two different values for the same subject cannot both be equal to it
        return a.operator() == Operator.EQ && b.operator() == Operator.EQ && a.positive() && b.positive()
                && !(a.value() instanceof Double) && !Objects.equals(a.value(), b.value());
    }

    private static boolean numericIntervalsNonEmpty(List<Literal> literals) {
        java.util.Map<String, double[]> bounds = new java.util.HashMap<>();
        for (Literal literal : literals) {
            if (!(literal.value() instanceof Double number)) {
                continue;
            }
            Operator op = literal.positive() ? literal.operator() : negate(literal.operator());
            if (op == null) {
                continue;
            }
            // [low, lowStrict(0/1), high, highStrict(0/1)]
            double[] b = bounds.computeIfAbsent(literal.key(), k -> new double[] { Double.NEGATIVE_INFINITY, 0,
                    Double.POSITIVE_INFINITY, 0 });
            switch (op) {
                case GE -> raise(b, number, false);
                case GT -> raise(b, number, true);
                case LE -> lower(b, number, false);
                case LT -> lower(b, number, true);
                case EQ -> {
                    raise(b, number, false);
                    lower(b, number, false);
                }
                default -> {
                }
            }
            if (b[0] > b[2] || (b[0] == b[2] && (b[1] == 1 || b[3] == 1))) {
                return false;
            }
        }
        return true;
    }

    private static void raise(double[] b, double value, boolean strict) {
        if (value > b[0] || (value == b[0] && strict)) {
            b[0] = value;
            b[1] = strict ? 1 : 0;
        }
    }

    private static void lower(double[] b, double value, boolean strict) {
        if (value < b[2] || (value == b[2] && strict)) {
            b[2] = value;
            b[3] = strict ? 1 : 0;
        }
    }

    private static Operator negate(Operator op) {
        return switch (op) {
            case GE -> Operator.LT;
            case GT -> Operator.LE;
            case LE -> Operator.GT;
            case LT -> Operator.GE;
            default -> null;
        };
    }
}
