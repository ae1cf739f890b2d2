// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace;

import java.util.Comparator;

/**
 * One diagnostic about a source: where it is (1-based line and column), how serious, which check, and what to do.
 *
 * @param file   the path as the user gave it, or {@code library:…} for a shipped source
 * @param code   the stable issue code ({@code pacta.duplicate-citation}) or a syntax/linking code
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message) {

    /** Severity levels, most serious first. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Reading order: file, then position. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::message);

    /** {@code file:line:col: severity: message}, the format compilers use and editors link. */
    public String render() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
