// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pacta.library.Library;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

/** The shipped library and the examples validate clean, and the library index lists every source. */
class LibraryTest {

    @Test
    void indexListsEveryLibrarySource() throws IOException {
        Path folder = Repository.root().resolve("bundles/org.pacta.library/pacta");
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(folder)) {
            onDisk = walk.filter(p -> p.toString().endsWith(".pacta")).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(onDisk, Library.sources().stream().sorted().toList());
    }

    @Test
    void libraryValidatesWithoutFindings() throws IOException {
        PactaWorkspace workspace = PactaWorkspace.load(List.of());
        List<Finding> findings = workspace.validate();
        assertEquals(List.of(), findings.stream().map(Finding::render).toList());
        assertEquals(Library.sources().size(), workspace.libraryResources().size());
    }

    @Test
    void examplesValidateWithoutFindings() throws IOException {
        Path examples = Repository.root().resolve("examples");
        PactaWorkspace workspace = PactaWorkspace.load(List.of(examples));
        assertTrue(workspace.userResources().size() >= 2, "the examples hold at least two treaties");
        assertEquals(List.of(), workspace.validate().stream().map(Finding::render).toList());
    }
}
