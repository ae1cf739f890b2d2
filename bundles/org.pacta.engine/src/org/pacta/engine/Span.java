// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.pacta.model.Duration;
import org.pacta.model.DurationUnit;

/**
 * A length of time as the law states it: days, months or years, or {@code life}. Spans are compared by adding them
 * to the same date, so that "12 months" equals "1 year" and "6 months" is less than "183 days" only when it is.
 */
public record Span(int amount, DurationUnit unit, boolean isLife) {

    public static Span lifeSentence() {
        return new Span(0, null, true);
    }

    public static Span of(int amount, DurationUnit unit) {
        return new Span(amount, unit, false);
    }

    /** The span of a compiled duration, or null when it refers to a parameter a model left open. */
    public static Span of(Duration duration) {
        if (duration == null) {
            return null;
        }
        if (duration.isLife()) {
            return lifeSentence();
        }
        if (duration.getParameter() != null) {
            var fixed = duration.getParameter().getFixedValue();
            return fixed instanceof org.pacta.model.DurationValue value ? of(value.getDuration()) : null;
        }
        return of(duration.getAmount(), duration.getUnit() == null ? DurationUnit.DAYS : duration.getUnit());
    }

    /** Parses ISO 8601 periods ({@code P5Y}, {@code P6M}, {@code P60D}) and {@code life}. */
    public static Span parse(String text) {
        if ("life".equalsIgnoreCase(text)) {
            return lifeSentence();
        }
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 duration (P5Y, P6M, P60D) or 'life': " + text);
        }
        int units = (period.getYears() != 0 ? 1 : 0) + (period.getMonths() != 0 ? 1 : 0) + (period.getDays() != 0 ? 1 : 0);
        if (period.isNegative() || units > 1) {
            if (period.isNegative()) {
                throw new IllegalArgumentException("a duration cannot be negative: " + text);
            }
            return of((int) period.toTotalMonths(), DurationUnit.MONTHS).plusDays(period.getDays());
        }
        if (period.getYears() != 0) {
            return of(period.getYears(), DurationUnit.YEARS);
        }
        if (period.getMonths() != 0) {
            return of(period.getMonths(), DurationUnit.MONTHS);
        }
        return of(period.getDays(), DurationUnit.DAYS);
    }

    private Span plusDays(int days) {
        // mixed units are kept in months when days are zero; otherwise approximated in days from months
        return days == 0 ? this : of(amount * 30 + days, DurationUnit.DAYS);
    }

    /** The date this span after {@code from}: calendar months clamp to the month's end (31 Jan + 1 month = 28/29 Feb). */
    public LocalDate addTo(LocalDate from) {
        if (isLife) {
            return LocalDate.MAX;
        }
        return switch (unit) {
            case DAYS -> from.plusDays(amount);
            case MONTHS -> from.plusMonths(amount);
            case YEARS -> from.plusYears(amount);
        };
    }

    /** Compares two spans as measured from the same date. */
    public int compareTo(Span other, LocalDate reference) {
        return addTo(reference).compareTo(other.addTo(reference));
    }

    public Span plus(Span other) {
        if (isLife || other.isLife) {
            return lifeSentence();
        }
        if (unit == other.unit) {
            return of(amount + other.amount, unit);
        }
        // the engine adds an extension to a time limit in the same unit in every instrument encoded so far
        throw new IllegalArgumentException("cannot add " + other + " to " + this);
    }

    @Override
    public String toString() {
        if (isLife) {
            return "life";
        }
        String name = switch (unit) {
            case DAYS -> "day";
            case MONTHS -> "month";
            case YEARS -> "year";
        };
        return amount + " " + name + (amount == 1 ? "" : "s");
    }
}
