// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.pacta.model.Article;
import org.pacta.model.ConditionalBasis;
import org.pacta.model.Deadline;
import org.pacta.model.DisplacingRule;
import org.pacta.model.Duty;
import org.pacta.model.Ground;
import org.pacta.model.Instrument;
import org.pacta.model.Membership;
import org.pacta.model.Network;
import org.pacta.model.Norm;
import org.pacta.model.NotAGround;
import org.pacta.model.Parameter;
import org.pacta.model.Party;
import org.pacta.model.Precedence;
import org.pacta.model.Prevails;
import org.pacta.model.Provision;
import org.pacta.model.Requirement;
import org.pacta.model.Scope;
import org.pacta.model.Subsidiary;
import org.pacta.model.Threshold;
import org.pacta.model.Verifiable;
import org.pacta.model.Vocabulary;

import com.google.gson.stream.JsonWriter;

/**
 * A compiled network as readable JSON ({@code network.json} of {@code pacta compile}): instruments, their articles
 * and provisions with citations, kinds and conditions written as in the language, and each instrument's membership
 * summarised. The XMI written beside it is the complete model; this file is for people, diffs and tools that do not
 * read XMI. The layout is documented in README.md ("pacta compile"); fields are always present, null when absent,
 * and in a fixed order, so the same network gives the same bytes.
 */
public final class NetworkJson {

    /** Identifies the layout; bumped when a field changes meaning or disappears. */
    public static final String FORMAT = "pacta-network/1";

    private NetworkJson() {
    }

    public static void write(Network network, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("summary").beginObject()
                .name("instruments").value(network.getInstruments().size())
                .name("provisions").value(network.getInstruments().stream().flatMap(i -> i.getArticles().stream())
                        .mapToLong(a -> a.getProvisions().size()).sum())
                .name("states").value(network.getStates().size())
                .name("memberships").value(network.getMemberships().size())
                .name("parties").value(network.getMemberships().stream().mapToLong(m -> m.getParties().size()).sum())
                .endObject();
        json.name("instruments").beginArray();
        for (Instrument instrument : network.getInstruments()) {
            instrument(json, instrument, membershipOf(network, instrument));
        }
        json.endArray();
        json.name("vocabularies").beginArray();
        for (Vocabulary vocabulary : network.getVocabularies()) {
            json.beginObject().name("name").value(vocabulary.getName())
                    .name("facts").value(vocabulary.getTerms().stream().filter(org.pacta.model.Fact.class::isInstance).count())
                    .name("events").value(vocabulary.getTerms().stream().filter(org.pacta.model.Event.class::isInstance).count())
                    .name("actions").value(vocabulary.getTerms().stream().filter(org.pacta.model.Action.class::isInstance).count())
                    .endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static Membership membershipOf(Network network, Instrument instrument) {
        return network.getMemberships().stream().filter(m -> m.getInstrument() == instrument).findFirst().orElse(null);
    }

    private static void instrument(JsonWriter json, Instrument instrument, Membership membership) throws IOException {
        json.beginObject();
        json.name("id").value(instrument.getId());
        json.name("title").value(instrument.getTitle());
        json.name("kind").value(instrument.isSetKind() ? instrument.getKind().getLiteral() : null);
        strings(json, "modalities", instrument.getModalities().stream().map(m -> m.getLiteral()).toList());
        strings(json, "parties", instrument.getParties());
        json.name("adopted").value(date(instrument.getAdopted()));
        json.name("adoptedBy").value(instrument.getAdoptedBy());
        json.name("signed").value(date(instrument.getSigned()));
        json.name("inForce").value(date(instrument.getInForce()));
        json.name("derivedFrom").value(instrument.getDerivedFrom() == null ? null : instrument.getDerivedFrom().getId());
        json.name("verification").value(verification(instrument));
        json.name("parameters").beginArray();
        for (Parameter parameter : instrument.getParameters()) {
            json.beginObject().name("name").value(parameter.getName())
                    .name("type").value(parameter.isSetType() ? parameter.getType().getLiteral() : null);
            strings(json, "options", parameter.getOptions().stream().map(ConditionText::value).toList());
            json.name("fixed").value(parameter.getFixedValue() == null ? null : ConditionText.value(parameter.getFixedValue()));
            json.endObject();
        }
        json.endArray();
        json.name("membership");
        if (membership == null) {
            json.nullValue();
        } else {
            membership(json, membership);
        }
        json.name("articles").beginArray();
        for (Article article : instrument.getArticles()) {
            json.beginObject().name("number").value(article.getNumber()).name("title").value(article.getTitle());
            json.name("provisions").beginArray();
            for (Provision provision : article.getProvisions()) {
                provision(json, provision);
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Party count and how many are bound, with dates unknown, withdrawn, or with reservations or declarations. */
    private static void membership(JsonWriter json, Membership membership) throws IOException {
        List<Party> parties = membership.getParties();
        json.beginObject();
        json.name("source").value(membership.getSource());
        json.name("parties").value(parties.size());
        json.name("inForce").value(parties.stream().filter(p -> p.getInForce() != null && p.getWithdrawn() == null).count());
        json.name("inForceUnknown").value(parties.stream().filter(Party::isInForceUnknown).count());
        json.name("withdrawn").value(parties.stream().filter(p -> p.getWithdrawn() != null).count());
        json.name("withReservations").value(parties.stream().filter(p -> !p.getReservations().isEmpty()).count());
        json.name("withDeclarations").value(parties.stream().filter(p -> !p.getDeclarations().isEmpty()).count());
        json.name("unverified").value(parties.stream().filter(p -> "unverified".equals(verification(p))).count());
        json.endObject();
    }

    private static void provision(JsonWriter json, Provision provision) throws IOException {
        json.beginObject();
        json.name("citation").value(provision.getCitation());
        json.name("kind").value(kind(provision));
        json.name("title").value(provision.getTitle());
        if (provision instanceof Scope scope) {
            json.name("modality").value(scope.isSetModality() ? scope.getModality().getLiteral() : null);
            json.name("appliesIf").value(ConditionText.of(scope.getApplicability()));
            json.name("thresholds").beginArray();
            for (Threshold threshold : scope.getThresholds()) {
                json.value((threshold.isSetPurpose() ? threshold.getPurpose().getLiteral() + ": " : "") + threshold.getMeasure()
                        + " >= " + ConditionText.of(threshold.getAmount()) + (threshold.isBothStates() ? " in both states" : ""));
            }
            json.endArray();
            json.name("dualCriminality").value(scope.getDualCriminality() == null ? null
                    : scope.getDualCriminality().getMode().getLiteral() + (scope.getDualCriminality().getExemption() == null ? ""
                            : " except if " + ConditionText.of(scope.getDualCriminality().getExemption())));
        } else if (provision instanceof Ground ground) {
            json.name("ground").value(ground.isSetKind() ? ground.getKind().getLiteral() : null);
            json.name("bearer").value(ground.isSetBearer() ? ground.getBearer().getLiteral() : null);
            json.name("claim").value(ground.getClaim());
            json.name("if").value(ConditionText.of(ground.getCondition()));
            json.name("unless").value(ConditionText.of(ground.getException()));
            strings(json, "then", ground.getConsequences().stream().map(ConditionText::of).toList());
        } else if (provision instanceof Norm norm) {
            json.name("duty").value(ConditionText.of(norm.getDuty()));
            Deadline deadline = norm.getDeadline();
            json.name("within").value(deadline == null ? null : ConditionText.of(deadline.getPeriod()) + " from " + deadline.getFromEvent());
            json.name("extendableBy").value(norm.getExtension() == null ? null : ConditionText.of(norm.getExtension().getPeriod())
                    + (norm.getExtension().getCondition() == null ? "" : " if " + ConditionText.of(norm.getExtension().getCondition())));
            Duty expiry = norm.getExpiry();
            json.name("onExpiry").value(ConditionText.of(expiry));
        } else if (provision instanceof NotAGround clause) {
            json.name("claim").value(clause.getClaim());
            json.name("sole").value(clause.isSole());
            json.name("modality").value(clause.isSetModality() ? clause.getModality().getLiteral() : null);
            json.name("if").value(ConditionText.of(clause.getCondition()));
        } else if (provision instanceof Requirement requirement) {
            json.name("requires").value(requirement.isSetKind() ? requirement.getKind().getLiteral() : null);
            strings(json, "items", requirement.getItems());
            json.name("if").value(ConditionText.of(requirement.getCondition()));
        } else if (provision instanceof Precedence precedence) {
            precedence(json, precedence);
        }
        json.name("essential").value(provision.isEssential());
        json.name("verification").value(verification(provision));
        json.endObject();
    }

    private static void precedence(JsonWriter json, Precedence precedence) throws IOException {
        if (precedence.getRule() instanceof DisplacingRule rule) {
            json.name("rule").value(rule instanceof Prevails ? "prevails" : "replaces");
            strings(json, "over", rule.getTargets().stream().map(Instrument::getId).toList());
        } else if (precedence.getRule() instanceof Subsidiary subsidiary) {
            json.name("rule").value("subsidiary");
            json.name("modality").value(subsidiary.isSetModality() ? subsidiary.getModality().getLiteral() : null);
            strings(json, "provisions", subsidiary.getProvisions().stream().map(Provision::getCitation).toList());
        } else if (precedence.getRule() instanceof ConditionalBasis basis) {
            json.name("rule").value("conditional-basis");
            json.name("modality").value(basis.isSetModality() ? basis.getModality().getLiteral() : null);
            json.name("if").value(ConditionText.of(basis.getCondition()));
        } else {
            json.name("rule").nullValue();
        }
    }

    private static String kind(Provision provision) {
        if (provision instanceof Scope) {
            return "scope";
        }
        if (provision instanceof Ground) {
            return "ground";
        }
        if (provision instanceof Norm) {
            return "norm";
        }
        if (provision instanceof NotAGround) {
            return "not-a-ground";
        }
        if (provision instanceof Requirement) {
            return "requirement";
        }
        return provision instanceof Precedence ? "precedence" : provision.eClass().getName();
    }

    private static String verification(Verifiable element) {
        return element.getVerification() == null || !element.getVerification().isSetStatus() ? null
                : element.getVerification().getStatus().getLiteral();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }
}
