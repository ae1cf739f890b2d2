// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.model.ObligationModelResources;
import org.pacta.model.ObligationsPackage;

/** A model written for another metamodel version is refused with a message that says so, and nothing is fetched. */
class UnknownNamespaceTest {

    private static final String FUTURE = "https://pacta.org/model/obligations/99";

    @TempDir
    Path dir;

    @Test
    void unModelArt3WithAnUnknownNamespaceNamesBothNamespaces() throws IOException {
        Path file = Xmi.save(UnModelTreaty.create(), dir.resolve("model.pacta.xmi"));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains(ObligationsPackage.eNS_URI));
        Files.writeString(file, xml.replace(ObligationsPackage.eNS_URI, FUTURE), StandardCharsets.UTF_8);

        ResourceSet resourceSet = ObligationModelResources.createResourceSet();
        IOException error = assertThrows(IOException.class,
                () -> ObligationModelResources.load(resourceSet, Xmi.uri(file)));
        String message = error.getMessage();
        assertTrue(message.contains("'" + FUTURE + "'"), message);
        assertTrue(message.contains("'" + ObligationsPackage.eNS_URI + "'"), message);
        assertTrue(message.contains("model.pacta.xmi"), message);
        assertTrue(resourceSet.getResources().isEmpty(), "the failed resource is not left in the set");
    }
}
