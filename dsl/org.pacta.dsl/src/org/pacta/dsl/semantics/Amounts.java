// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import org.pacta.dsl.ast.Amount;
import org.pacta.dsl.ast.AstPackage;
import org.pacta.dsl.ast.LifeAmount;
import org.pacta.dsl.ast.ParameterRef;
import org.pacta.dsl.ast.ParameterType;
import org.pacta.dsl.ast.Quantity;
import org.pacta.dsl.ast.Unit;

/** Durations and numbers as written: {@code 6 months}, {@code life}, {@code [min-penalty]}, {@code 5}. */
public final class Amounts {

    private Amounts() {
    }

    public static boolean hasUnit(Quantity quantity) {
        return Written.isWritten(quantity, AstPackage.eINSTANCE.getQuantity_Unit());
    }

    public static boolean isDuration(Amount amount) {
        if (amount instanceof LifeAmount) {
            return true;
        }
        if (amount instanceof Quantity quantity) {
            return hasUnit(quantity);
        }
        if (amount instanceof ParameterRef ref) {
            return ref.getParameter() != null && !ref.getParameter().eIsProxy()
                    && ref.getParameter().getType() == ParameterType.DURATION;
        }
        return false;
    }

    /**
     * An approximate length in days, only for comparing conditions statically (which values can both hold);
     * the engine computes real calendar dates. {@code life} is infinite; parameters and numbers are NaN.
     */
    public static double approximateDays(Amount amount) {
        if (amount instanceof LifeAmount) {
            return Double.POSITIVE_INFINITY;
        }
        if (amount instanceof Quantity quantity) {
            if (!hasUnit(quantity)) {
                return quantity.getValue();
            }
            return quantity.getValue() * switch (quantity.getUnit()) {
                case DAY, DAYS -> 1.0;
                case MONTH, MONTHS -> 30.436875;
                case YEAR, YEARS -> 365.2425;
            };
        }
        return Double.NaN;
    }

    public static boolean sameAmount(Amount a, Amount b) {
        return render(a).equals(render(b));
    }

    /** Canonical text, singular and plural units folded: {@code 1 year} and {@code 12 months} stay distinct. */
    public static String render(Amount amount) {
        if (amount instanceof LifeAmount) {
            return "life";
        }
        if (amount instanceof ParameterRef ref) {
            return "[" + (ref.getParameter() == null ? "?" : ref.getParameter().getName()) + "]";
        }
        Quantity quantity = (Quantity) amount;
        if (!hasUnit(quantity)) {
            return Integer.toString(quantity.getValue());
        }
        String unit = switch (quantity.getUnit()) {
            case DAY, DAYS -> "day";
            case MONTH, MONTHS -> "month";
            case YEAR, YEARS -> "year";
        };
        return quantity.getValue() + " " + unit + (quantity.getValue() == 1 ? "" : "s");
    }

    public static Unit unitOf(Quantity quantity) {
        return hasUnit(quantity) ? quantity.getUnit() : null;
    }
}
