// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a case (DESIGN.md, "Case format"): on which legal basis, whether the requested state must act, may
 * refuse or must refuse, on which grounds, with which obligations and deadlines — every statement with the article
 * that decides it — and which unknown facts would change the answer.
 */
public record Decision(String caseId, List<Basis> legalBasis, Outcome outcome, String outcomeReason, List<GroundResult> grounds,
        List<Obligation> obligations, List<ClaimResult> claimedGrounds, List<String> missingFacts,
        List<MissingDocument> missingDocuments, String counting, List<String> trace) {

    /** The possible outcomes, from the requested state's point of view. */
    public enum Outcome {
        MUST_EXECUTE, MAY_REFUSE, MUST_REFUSE, OUT_OF_SCOPE, NO_LEGAL_BASIS, UNDETERMINED
    }

    /**
     * An instrument that is a legal basis between the two states on the case date.
     *
     * @param applies {@code TRUE}, or {@code UNKNOWN} when a membership date or a condition of the basis is unknown
     * @param why     why it applies, citing the article that makes it a basis where there is one
     * @param displaces ids of instruments it replaces or prevails over between these states
     */
    public record Basis(String instrument, String title, Truth applies, String why, List<String> displaces) {
    }

    /** A ground for refusal as examined on the case. */
    public record GroundResult(String instrument, String citation, String kind, String claim, Truth applies,
            String explanation) {
    }

    /**
     * A duty, permission or prohibition that arises on the facts, with its due date when the event that starts it is
     * dated.
     *
     * @param modal {@code shall} or {@code may}; with {@code negated}, {@code shall not} is a prohibition
     */
    public record Obligation(String instrument, String citation, String bearer, String modal, String action,
            boolean negated, LocalDate due, String explanation) {
    }

    /** For one entry of {@code refusal.claimed}: whether the requested state may invoke it, and the article deciding it. */
    public record ClaimResult(String claim, boolean available, String decidedBy, String explanation) {
    }

    /** A document the request lacks, with the requirement that asks for it. */
    public record MissingDocument(String instrument, String citation, String document) {
    }
}
