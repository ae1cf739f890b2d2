// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.Writer;

import org.pacta.engine.Decision;

import com.google.gson.stream.JsonWriter;

/** A decision as JSON, field for field as docs/decision.schema.json describes it. */
public final class DecisionJson {

    private DecisionJson() {
    }

    public static void write(Decision decision, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("case").value(decision.caseId());
        json.name("outcome").value(decision.outcome().name());
        json.name("outcomeReason").value(decision.outcomeReason());
        json.name("legalBasis").beginArray();
        for (Decision.Basis basis : decision.legalBasis()) {
            json.beginObject().name("instrument").value(basis.instrument()).name("title").value(basis.title())
                    .name("applies").value(basis.applies().label()).name("why").value(basis.why());
            json.name("displaces").beginArray();
            for (String displaced : basis.displaces()) {
                json.value(displaced);
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.name("grounds").beginArray();
        for (Decision.GroundResult ground : decision.grounds()) {
            json.beginObject().name("instrument").value(ground.instrument()).name("citation").value(ground.citation())
                    .name("kind").value(ground.kind()).name("claim").value(ground.claim())
                    .name("applies").value(ground.applies().label()).name("explanation").value(ground.explanation())
                    .endObject();
        }
        json.endArray();
        json.name("obligations").beginArray();
        for (Decision.Obligation obligation : decision.obligations()) {
            json.beginObject().name("instrument").value(obligation.instrument()).name("citation").value(obligation.citation())
                    .name("bearer").value(obligation.bearer()).name("modal").value(obligation.modal())
                    .name("action").value(obligation.action())
                    .name("negated").value(obligation.negated())
                    .name("due").value(obligation.due() == null ? null : obligation.due().toString())
                    .name("explanation").value(obligation.explanation()).endObject();
        }
        json.endArray();
        json.name("claimedGrounds").beginArray();
        for (Decision.ClaimResult claim : decision.claimedGrounds()) {
            json.beginObject().name("claim").value(claim.claim()).name("available").value(claim.available())
                    .name("decidedBy").value(claim.decidedBy()).name("explanation").value(claim.explanation()).endObject();
        }
        json.endArray();
        json.name("missingFacts").beginArray();
        for (String fact : decision.missingFacts()) {
            json.value(fact);
        }
        json.endArray();
        json.name("missingDocuments").beginArray();
        for (Decision.MissingDocument document : decision.missingDocuments()) {
            json.beginObject().name("instrument").value(document.instrument()).name("citation").value(document.citation())
                    .name("document").value(document.document()).endObject();
        }
        json.endArray();
        json.name("counting").value(decision.counting());
        json.name("trace").beginArray();
        for (String entry : decision.trace()) {
            json.value(entry);
        }
        json.endArray();
        json.endObject();
        json.flush();
    }
}
