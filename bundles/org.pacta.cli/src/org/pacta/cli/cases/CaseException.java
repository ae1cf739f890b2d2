// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.cases;

/** A case file that cannot be read, with the JSON path of the offending value. */
public final class CaseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;

    public CaseException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** JSONPath of the value, e.g. {@code $.facts['offence.max-penalty']}. */
    public String path() {
        return path;
    }
}
