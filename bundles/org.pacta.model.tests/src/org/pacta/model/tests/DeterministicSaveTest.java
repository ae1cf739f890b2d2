// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.model.ObligationModelResources;

/**
 * The same model gives the same bytes, so compiled models can be committed, diffed and cached. Uses the whole sample
 * network (UN Model Treaty arts 2–9, UNTOC arts 16, 18, 35 with membership, the MD–AM sample).
 */
class DeterministicSaveTest {

    @TempDir
    Path dir;

    @Test
    void savingTwiceGivesByteIdenticalFiles() throws IOException {
        Path first = Xmi.save(SampleNetwork.create(), dir.resolve("first.pacta.xmi"));
        Path second = Xmi.save(SampleNetwork.create(), dir.resolve("second.pacta.xmi"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void savingWhatWasLoadedGivesTheSameBytes() throws IOException {
        Path first = Xmi.save(SampleNetwork.create(), dir.resolve("first.pacta.xmi"));
        Path again = Xmi.save(Xmi.load(first), dir.resolve("again.pacta.xmi"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    }

    /** Saving a loaded model back to its own file, in the same resource set, rewrites the same bytes. */
    @Test
    void resavingALoadedModelToItsOwnFileKeepsItIntact() throws IOException {
        Path file = Xmi.save(SampleNetwork.create(), dir.resolve("network.pacta.xmi"));
        byte[] before = Files.readAllBytes(file);
        ResourceSet resourceSet = ObligationModelResources.createResourceSet();
        EObject root = ObligationModelResources.load(resourceSet, Xmi.uri(file)).getContents().get(0);
        ObligationModelResources.save(resourceSet, Xmi.uri(file), root);
        assertFalse(root.eIsProxy());
        assertEquals(1, resourceSet.getResources().size());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void fileIsUtf8WithUnixLineEnds() throws IOException {
        Path file = Xmi.save(SampleNetwork.create(), dir.resolve("network.pacta.xmi"));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertTrue(xml.contains("name=\"Côte d’Ivoire\""), "non-ASCII state name written as UTF-8");
        assertFalse(xml.contains("\r"), "no CR, whatever the platform");
    }
}
