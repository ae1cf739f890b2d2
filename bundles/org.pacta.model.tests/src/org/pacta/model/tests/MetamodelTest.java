// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.pacta.model.ObligationsPackage;

/** The hand-written metamodel and the sample built on it pass EMF's own checks (names, keys, multiplicities). */
class MetamodelTest {

    @Test
    void metamodelIsWellFormed() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ObligationsPackage.eINSTANCE);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    /** UN Model Treaty arts 2–9, UNTOC arts 16, 18, 35 and its membership, the MD–AM sample. */
    @Test
    void sampleNetworkSatisfiesMultiplicities() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(SampleNetwork.create());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(child.getMessage()).append('\n');
        }
        return text.toString();
    }
}
