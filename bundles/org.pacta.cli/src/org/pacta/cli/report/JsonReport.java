// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import org.pacta.workspace.Finding;

import com.google.gson.stream.JsonWriter;

/** One JSON object: the findings with their positions and codes, and the counts. */
public final class JsonReport implements FindingsReport {

    @Override
    public void write(List<Finding> findings, int checkedFiles, int librarySources, PrintWriter out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("checkedFiles").value(checkedFiles);
        json.name("librarySources").value(librarySources);
        json.name("errors").value(FindingsReport.count(findings, Finding.Severity.ERROR));
        json.name("warnings").value(FindingsReport.count(findings, Finding.Severity.WARNING));
        json.name("findings").beginArray();
        for (Finding finding : findings) {
            json.beginObject();
            json.name("file").value(finding.file());
            json.name("line").value(finding.line());
            json.name("column").value(finding.column());
            json.name("severity").value(finding.severity().label());
            json.name("code").value(finding.code());
            json.name("message").value(finding.message());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.println();
    }
}
