// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

/**
 * Decides cases against a network of compiled instruments. The engine is pure: it reads the network and the case,
 * holds no state between calls and does no I/O, so one engine may serve many threads.
 */
public final class Engine {

    /** The day-counting rule used when an instrument does not set its own (rules.md §0.2). */
    public static final String DEFAULT_COUNTING = "calendar days; the day of the event is day 0 and the time limit "
            + "ends at the end of the last day; no roll-over to the next working day; months and years are calendar "
            + "months and years, clamped to the last day of a shorter month";

    private final NetworkIndex index;

    public Engine(NetworkIndex index) {
        this.index = index;
    }

    public Decision decide(LegalCase legalCase) {
        return new Evaluation(index, legalCase).decide();
    }
}
