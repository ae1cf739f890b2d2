// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace.tests;

import java.nio.file.Path;

/** The repository checkout, passed by the build as the system property {@code pacta.root}. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        return Path.of(System.getProperty("pacta.root", "../..")).toAbsolutePath().normalize();
    }
}
