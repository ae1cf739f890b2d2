// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import org.pacta.dsl.ast.AmountValue;
import org.pacta.dsl.ast.BaseType;
import org.pacta.dsl.ast.BooleanValue;
import org.pacta.dsl.ast.DateValue;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.LifeAmount;
import org.pacta.dsl.ast.NameValue;
import org.pacta.dsl.ast.ParameterRef;
import org.pacta.dsl.ast.ParameterType;
import org.pacta.dsl.ast.Quantity;
import org.pacta.dsl.ast.RoleValue;
import org.pacta.dsl.ast.SetValue;
import org.pacta.dsl.ast.TextValue;
import org.pacta.dsl.ast.Value;

/** The kind of a fact or a written value, as far as the static checks need to compare them. */
public enum ValueType {
    BOOLEAN, NUMBER, DURATION, DATE, STATE, TEXT, ENUMERATION, NAME, SET, UNKNOWN;

    /** The type of one element of the fact (for a set fact, of its members). */
    public static ValueType elementOf(Fact fact) {
        if (fact.getType() == null) {
            return UNKNOWN;
        }
        if (!fact.getType().getLiterals().isEmpty()) {
            return ENUMERATION;
        }
        BaseType base = fact.getType().getBase();
        return switch (base) {
            case BOOLEAN -> BOOLEAN;
            case NUMBER -> NUMBER;
            case DURATION -> DURATION;
            case DATE -> DATE;
            case STATE -> STATE;
            case TEXT -> TEXT;
        };
    }

    public static boolean isSet(Fact fact) {
        return fact.getType() != null && fact.getType().isSet();
    }

    /** The type a value is written as; a bare name may still be an enumeration literal or a state code. */
    public static ValueType of(Value value) {
        if (value instanceof BooleanValue) {
            return BOOLEAN;
        }
        if (value instanceof TextValue) {
            return TEXT;
        }
        if (value instanceof DateValue) {
            return DATE;
        }
        if (value instanceof RoleValue) {
            return STATE;
        }
        if (value instanceof SetValue) {
            return SET;
        }
        if (value instanceof NameValue) {
            return NAME;
        }
        if (value instanceof AmountValue amount) {
            if (amount.getAmount() instanceof LifeAmount) {
                return DURATION;
            }
            if (amount.getAmount() instanceof Quantity quantity) {
                return Amounts.hasUnit(quantity) ? DURATION : NUMBER;
            }
            if (amount.getAmount() instanceof ParameterRef ref && ref.getParameter() != null && !ref.getParameter().eIsProxy()) {
                return ref.getParameter().getType() == ParameterType.DURATION ? DURATION : NUMBER;
            }
        }
        return UNKNOWN;
    }

    public boolean isOrdered() {
        return this == NUMBER || this == DURATION || this == DATE;
    }
}
