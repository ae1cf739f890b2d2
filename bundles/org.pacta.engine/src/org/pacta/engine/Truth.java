// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

/** Kleene's strong three-valued logic: an unknown fact is unknown, not false. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** {@code true}, {@code false} or {@code unknown}, as decisions print it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
