// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pacta.dsl.validation.CheckCatalog;
import org.pacta.workspace.Finding;

import com.google.gson.stream.JsonWriter;

/**
 * SARIF 2.1.0, the format code-scanning services read: one run of the tool "pacta", a rule per check that fired
 * (id, title, help) and a result per finding with its region.
 */
public final class SarifReport implements FindingsReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(List<Finding> findings, int checkedFiles, int librarySources, PrintWriter out) throws IOException {
        Map<String, Integer> ruleIndex = new TreeMap<>();
        findings.forEach(f -> ruleIndex.putIfAbsent(f.code(), 0));
        int next = 0;
        for (Map.Entry<String, Integer> entry : ruleIndex.entrySet()) {
            entry.setValue(next++);
        }
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("$schema").value(SCHEMA);
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject();
        json.name("name").value("pacta");
        json.name("informationUri").value("https://pacta.org");
        json.name("version").value("0.1.0");
        json.name("rules").beginArray();
        for (String code : ruleIndex.keySet()) {
            CheckCatalog.Rule rule = CheckCatalog.rule(code);
            json.beginObject();
            json.name("id").value(rule.id());
            json.name("shortDescription").beginObject().name("text").value(rule.title()).endObject();
            json.name("help").beginObject().name("text").value(rule.help()).endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject().endObject();
        json.name("results").beginArray();
        for (Finding finding : findings) {
            json.beginObject();
            json.name("ruleId").value(finding.code());
            json.name("ruleIndex").value(ruleIndex.get(finding.code()));
            json.name("level").value(level(finding.severity()));
            json.name("message").beginObject().name("text").value(finding.message()).endObject();
            json.name("locations").beginArray().beginObject();
            json.name("physicalLocation").beginObject();
            json.name("artifactLocation").beginObject().name("uri").value(finding.file().replace('\\', '/')).endObject();
            json.name("region").beginObject().name("startLine").value(finding.line()).name("startColumn")
                    .value(finding.column()).endObject();
            json.endObject();
            json.endObject().endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject().endArray();
        json.endObject();
        json.flush();
        out.println();
    }

    private static String level(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
