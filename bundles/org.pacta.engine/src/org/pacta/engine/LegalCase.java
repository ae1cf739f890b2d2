// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.pacta.model.Modality;

/**
 * A concrete request: who asks whom for what, on which date, with which facts and dated events (DESIGN.md, "Case
 * format"). A fact the case does not give is unknown. Fact values are {@link Boolean}, {@link Long},
 * {@link Span}, {@link LocalDate}, {@link String} (text, enumeration literal or state code) or a {@link Set} of
 * strings.
 *
 * @param purpose {@code prosecution}, {@code enforcement}, or null when not stated
 */
public record LegalCase(String id, Modality modality, String purpose, String requesting, String requested,
        LocalDate date, Map<String, Object> facts, Map<String, LocalDate> events) {

    public LegalCase {
        facts = Map.copyOf(facts);
        events = Map.copyOf(events);
    }

    /** The value of a fact, the built-in roles and derived facts included; null when unknown. */
    public Object fact(String name) {
        switch (name) {
            case "requesting":
                return requesting;
            case "requested":
                return requested;
            case "request.modality":
                return modality == null ? null : modality.getLiteral();
            case "request.purpose":
                return purpose != null ? purpose : facts.get(name);
            case "person.national-of-requested":
                if (facts.containsKey(name)) {
                    return facts.get(name);
                }
                // derived from the nationalities when they are known (DESIGN.md)
                return facts.get("person.nationality") instanceof Set<?> nationalities && requested != null
                        ? nationalities.contains(requested) : null;
            default:
                return facts.get(name);
        }
    }

    /** True when the fact is derived from others rather than given, so that a decision can say so. */
    public boolean isGiven(String name) {
        return facts.containsKey(name);
    }
}
