// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pacta.engine.Truth;

/** Kleene's strong three-valued logic, as docs/language.md states it. */
class TruthTest {

    @Test
    void falseDominatesAndTrueDominatesOr() {
        assertEquals(Truth.FALSE, Truth.FALSE.and(Truth.UNKNOWN));
        assertEquals(Truth.UNKNOWN, Truth.TRUE.and(Truth.UNKNOWN));
        assertEquals(Truth.TRUE, Truth.TRUE.or(Truth.UNKNOWN));
        assertEquals(Truth.UNKNOWN, Truth.FALSE.or(Truth.UNKNOWN));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.not());
        assertEquals(Truth.FALSE, Truth.TRUE.not());
    }
}
