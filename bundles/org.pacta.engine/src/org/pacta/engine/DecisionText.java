// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

/** A decision as a person reads it: the outcome first, then the basis, the grounds, the duties and what is missing. */
public final class DecisionText {

    private DecisionText() {
    }

    public static String render(Decision decision) {
        StringBuilder out = new StringBuilder();
        out.append("Case ").append(decision.caseId()).append(": ").append(decision.outcome()).append('\n');
        out.append("  ").append(decision.outcomeReason()).append('\n');
        out.append("Legal basis:\n");
        if (decision.legalBasis().isEmpty()) {
            out.append("  none\n");
        }
        for (Decision.Basis basis : decision.legalBasis()) {
            out.append("  - ").append(basis.instrument()).append(basis.applies() == Truth.UNKNOWN ? " (unknown)" : "")
                    .append(": ").append(basis.why()).append('\n');
            if (!basis.displaces().isEmpty()) {
                out.append("    displaces ").append(String.join(", ", basis.displaces())).append('\n');
            }
        }
        if (!decision.grounds().isEmpty()) {
            out.append("Grounds for refusal:\n");
            for (Decision.GroundResult ground : decision.grounds()) {
                out.append("  - ").append(Evaluation.cite(ground.instrument(), ground.citation())).append(" (")
                        .append(ground.kind()).append("): applies ").append(ground.applies().label()).append(" — ")
                        .append(ground.explanation()).append('\n');
            }
        }
        if (!decision.obligations().isEmpty()) {
            out.append("Obligations:\n");
            for (Decision.Obligation obligation : decision.obligations()) {
                out.append("  - ").append(Evaluation.cite(obligation.instrument(), obligation.citation())).append(": ")
                        .append(obligation.bearer()).append(' ').append(obligation.modal())
                        .append(obligation.negated() ? " not " : " ")
                        .append(obligation.action());
                if (obligation.due() != null) {
                    out.append(", due ").append(obligation.due());
                }
                out.append(" — ").append(obligation.explanation()).append('\n');
            }
        }
        if (!decision.claimedGrounds().isEmpty()) {
            out.append("Grounds claimed by the requested state:\n");
            for (Decision.ClaimResult claim : decision.claimedGrounds()) {
                out.append("  - ").append(claim.claim()).append(": ").append(claim.available() ? "available" : "not available")
                        .append(claim.decidedBy() == null ? "" : " (" + claim.decidedBy() + ")").append(" — ")
                        .append(claim.explanation()).append('\n');
            }
        }
        if (!decision.missingDocuments().isEmpty()) {
            out.append("Missing documents:\n");
            decision.missingDocuments().forEach(d -> out.append("  - ").append(d.document()).append(" (")
                    .append(Evaluation.cite(d.instrument(), d.citation())).append(")\n"));
        }
        if (!decision.missingFacts().isEmpty()) {
            out.append("Missing facts (most decisive first): ").append(String.join(", ", decision.missingFacts())).append('\n');
        }
        out.append("Counting: ").append(decision.counting()).append('\n');
        return out.toString();
    }
}
