// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.pacta.workspace.Finding;

/** {@code file:line:col: severity: message} lines, then one summary line. */
public final class TextReport implements FindingsReport {

    @Override
    public void write(List<Finding> findings, int checkedFiles, int librarySources, PrintWriter out) {
        findings.forEach(f -> out.println(f.render()));
        long errors = FindingsReport.count(findings, Finding.Severity.ERROR);
        long warnings = FindingsReport.count(findings, Finding.Severity.WARNING);
        out.println("Checked " + checkedFiles + " file(s) and " + librarySources + " library source(s): "
                + plural(errors, "error") + ", " + plural(warnings, "warning") + ".");
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
