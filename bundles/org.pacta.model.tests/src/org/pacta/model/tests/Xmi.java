// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.pacta.model.ObligationModelResources;

/** Saving to and loading from files, each time in a fresh resource set so nothing is shared between the two. */
final class Xmi {

    private Xmi() {
    }

    static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    static Path save(EObject root, Path file) throws IOException {
        ObligationModelResources.save(ObligationModelResources.createResourceSet(), uri(file), root);
        return file;
    }

    static EObject load(Path file) throws IOException {
        return ObligationModelResources.load(ObligationModelResources.createResourceSet(), uri(file)).getContents()
                .get(0);
    }
}
