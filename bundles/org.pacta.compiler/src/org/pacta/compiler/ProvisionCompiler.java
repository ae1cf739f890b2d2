// SPDX-License-Identifier: EPL-2.0
package org.pacta.compiler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pacta.dsl.ast.ConditionalBasis;
import org.pacta.dsl.ast.DualCriminality;
import org.pacta.dsl.ast.Duty;
import org.pacta.dsl.ast.Ground;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.Norm;
import org.pacta.dsl.ast.NotAGround;
import org.pacta.dsl.ast.Precedence;
import org.pacta.dsl.ast.PrecedenceRule;
import org.pacta.dsl.ast.Prevails;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.Replaces;
import org.pacta.dsl.ast.Requirement;
import org.pacta.dsl.ast.Scope;
import org.pacta.dsl.ast.ScopeClause;
import org.pacta.dsl.ast.ScopeCondition;
import org.pacta.dsl.ast.Subsidiary;
import org.pacta.dsl.ast.Threshold;
import org.pacta.dsl.semantics.Written;
import org.pacta.model.DualCriminalityMode;
import org.pacta.model.GroundKind;
import org.pacta.model.ModalVerb;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.Purpose;
import org.pacta.model.RequirementKind;
import org.pacta.model.Role;

/** One provision of the text, as the engine reads it. */
final class ProvisionCompiler {

    private static final ObligationsFactory F = ObligationsFactory.eINSTANCE;

    private final ConditionCompiler conditions;
    private final Map<Instrument, org.pacta.model.Instrument> instruments;
    /** Subsidiary rules wait until every provision of the instrument exists, then link by citation. */
    private final Map<org.pacta.model.Subsidiary, List<String>> pendingSubsidiary = new HashMap<>();

    ProvisionCompiler(ConditionCompiler conditions, Map<Instrument, org.pacta.model.Instrument> instruments) {
        this.conditions = conditions;
        this.instruments = instruments;
    }

    org.pacta.model.Provision provision(Provision source) {
        org.pacta.model.Provision target;
        if (source instanceof Scope scope) {
            target = scope(scope);
        } else if (source instanceof Ground ground) {
            target = ground(ground);
        } else if (source instanceof Norm norm) {
            target = norm(norm);
        } else if (source instanceof NotAGround clause) {
            org.pacta.model.NotAGround n = F.createNotAGround();
            n.setClaim(clause.getClaim());
            n.setSole(clause.isSole());
            if (Written.isWritten(clause, org.pacta.dsl.ast.AstPackage.Literals.NOT_AGROUND__MODALITY)) {
                n.setModality(ObligationCompiler.modality(clause.getModality()));
            }
            n.setCondition(conditions.condition(clause.getCondition()));
            target = n;
        } else if (source instanceof Requirement requirement) {
            org.pacta.model.Requirement r = F.createRequirement();
            r.setKind(RequirementKind.valueOf(requirement.getKind().name()));
            r.getItems().addAll(requirement.getItems());
            r.setCondition(conditions.condition(requirement.getCondition()));
            target = r;
        } else {
            org.pacta.model.Precedence p = F.createPrecedence();
            p.setRule(rule(((Precedence) source).getRule()));
            target = p;
        }
        target.setCitation(source.getName());
        if (source instanceof Scope scope) {
            target.setTitle(scope.getTitle());
        }
        target.setText(source.getText());
        target.setEssential(source.getEssential() != null);
        target.setEssentialReason(source.getEssential());
        target.setVerification(ObligationCompiler.verification(source.getVerification()));
        return target;
    }

    private org.pacta.model.Scope scope(Scope source) {
        org.pacta.model.Scope target = F.createScope();
        if (Written.isWritten(source, org.pacta.dsl.ast.AstPackage.Literals.SCOPE__MODALITY)) {
            target.setModality(ObligationCompiler.modality(source.getModality()));
        }
        for (ScopeClause clause : source.getClauses()) {
            if (clause instanceof Threshold threshold) {
                org.pacta.model.Threshold t = F.createThreshold();
                t.setPurpose(Purpose.valueOf(threshold.getPurpose().name()));
                t.setMeasure(threshold.getMeasure().getName());
                t.setAmount(conditions.duration(threshold.getAmount()));
                t.setBothStates(threshold.isInBothStates());
                target.getThresholds().add(t);
            } else if (clause instanceof DualCriminality dc) {
                org.pacta.model.DualCriminality d = F.createDualCriminality();
                d.setMode(DualCriminalityMode.valueOf(dc.getMode().name()));
                d.setExemption(conditions.condition(dc.getExemption()));
                target.setDualCriminality(d);
            } else if (clause instanceof ScopeCondition condition) {
                target.setApplicability(conditions.condition(condition.getCondition()));
            }
        }
        return target;
    }

    private org.pacta.model.Ground ground(Ground source) {
        org.pacta.model.Ground target = F.createGround();
        target.setKind(GroundKind.valueOf(source.getKind().name()));
        target.setBearer(Role.valueOf(source.getBearer().name()));
        target.setClaim(source.getClaim());
        target.setCondition(conditions.condition(source.getCondition()));
        target.setException(conditions.condition(source.getException()));
        source.getConsequences().forEach(d -> target.getConsequences().add(duty(d)));
        return target;
    }

    private org.pacta.model.Norm norm(Norm source) {
        org.pacta.model.Norm target = F.createNorm();
        target.setDuty(duty(source.getDuty()));
        if (source.getDeadline() != null) {
            org.pacta.model.Deadline deadline = F.createDeadline();
            deadline.setPeriod(conditions.duration(source.getDeadline().getPeriod()));
            deadline.setFromEvent(source.getDeadline().getEvent().getName());
            target.setDeadline(deadline);
        }
        if (source.getExtension() != null) {
            org.pacta.model.Extension extension = F.createExtension();
            extension.setPeriod(conditions.duration(source.getExtension().getPeriod()));
            extension.setCondition(conditions.condition(source.getExtension().getCondition()));
            target.setExtension(extension);
        }
        if (source.getExpiry() != null) {
            target.setExpiry(duty(source.getExpiry().getDuty()));
        }
        return target;
    }

    private org.pacta.model.Duty duty(Duty source) {
        org.pacta.model.Duty target = F.createDuty();
        target.setBearer(Role.valueOf(source.getBearer().name()));
        target.setModal(ModalVerb.valueOf(source.getModal().name()));
        target.setNegated(source.isNegated());
        target.setAction(source.getAction().getName());
        target.setCondition(conditions.condition(source.getCondition()));
        return target;
    }

    private org.pacta.model.PrecedenceRule rule(PrecedenceRule source) {
        if (source instanceof Replaces replaces) {
            org.pacta.model.Replaces target = F.createReplaces();
            replaces.getTargets().forEach(t -> target.getTargets().add(instruments.get(t)));
            return target;
        }
        if (source instanceof Prevails prevails) {
            org.pacta.model.Prevails target = F.createPrevails();
            prevails.getTargets().forEach(t -> target.getTargets().add(instruments.get(t)));
            return target;
        }
        if (source instanceof Subsidiary subsidiary) {
            org.pacta.model.Subsidiary target = F.createSubsidiary();
            target.setModality(ObligationCompiler.modality(subsidiary.getModality()));
            pendingSubsidiary.put(target, subsidiary.getProvisions().stream().map(Provision::getName).toList());
            return target;
        }
        ConditionalBasis basis = (ConditionalBasis) source;
        org.pacta.model.ConditionalBasis target = F.createConditionalBasis();
        target.setModality(ObligationCompiler.modality(basis.getModality()));
        target.setCondition(conditions.condition(basis.getCondition()));
        return target;
    }

    /** Links the provisions named by {@code provisions 18(9), …} once the instrument's provisions exist. */
    void linkSubsidiaryProvisions(org.pacta.model.Instrument instrument) {
        pendingSubsidiary.forEach((rule, citations) -> {
            for (String citation : citations) {
                instrument.getArticles().stream().flatMap(a -> a.getProvisions().stream())
                        .filter(p -> p.getCitation().equals(citation)).findFirst().ifPresent(rule.getProvisions()::add);
            }
        });
        pendingSubsidiary.clear();
    }
}
