// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import org.pacta.workspace.Finding;

/** Writes the findings of a validation run in one output format. */
public interface FindingsReport {

    /**
     * @param checkedFiles number of user files checked
     * @param librarySources number of library sources loaded with them
     */
    void write(List<Finding> findings, int checkedFiles, int librarySources, PrintWriter out) throws IOException;

    static long count(List<Finding> findings, Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
