// SPDX-License-Identifier: EPL-2.0
package org.pacta.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The instruments and vocabulary that ship with Pacta. Sources are listed in {@code pacta/library.index} rather
 * than discovered by scanning, because the same code must find them in a shaded jar, in an Equinox test runtime
 * and on Felix, where class-path scanning behaves differently; a test keeps the index in step with the folder.
 */
public final class Library {

    /** Folder of the sources inside this bundle. */
    public static final String ROOT = "pacta/";

    private static final String INDEX = ROOT + "library.index";

    private Library() {
    }

    /** Paths of the library sources relative to {@link #ROOT}, in load order. */
    public static List<String> sources() {
        List<String> result = new ArrayList<>();
        try (InputStream in = open(INDEX);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    result.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Pacta library index cannot be read", e);
        }
        return result;
    }

    /** Opens one library source, given as listed by {@link #sources()}. */
    public static InputStream open(String source) throws IOException {
        String path = source.startsWith(ROOT) ? source : ROOT + source;
        InputStream in = Library.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Missing library resource " + path);
        }
        return in;
    }
}
