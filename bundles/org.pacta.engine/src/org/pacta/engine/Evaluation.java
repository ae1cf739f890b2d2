// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pacta.engine.Decision.Basis;
import org.pacta.engine.Decision.ClaimResult;
import org.pacta.engine.Decision.GroundResult;
import org.pacta.engine.Decision.MissingDocument;
import org.pacta.engine.Decision.Obligation;
import org.pacta.engine.Decision.Outcome;
import org.pacta.model.Article;
import org.pacta.model.ConditionalBasis;
import org.pacta.model.Declaration;
import org.pacta.model.DisplacingRule;
import org.pacta.model.DualCriminalityMode;
import org.pacta.model.Duty;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Norm;
import org.pacta.model.NotAGround;
import org.pacta.model.Party;
import org.pacta.model.Precedence;
import org.pacta.model.Provision;
import org.pacta.model.Requirement;
import org.pacta.model.RequirementKind;
import org.pacta.model.Reservation;
import org.pacta.model.Scope;
import org.pacta.model.Subsidiary;
import org.pacta.model.Threshold;

/** One decision in the making; created per case and discarded afterwards. */
final class Evaluation {

    private final NetworkIndex index;
    private final LegalCase legalCase;
    private final ConditionEvaluator conditions;
    private final List<String> trace = new Trace();
    /** Unknown facts by how decisive they are: basis and scope first, then mandatory grounds, then the rest. */
    private final Set<String> missingBasisOrScope = new LinkedHashSet<>();
    private final Set<String> missingMandatory = new LinkedHashSet<>();
    private final Set<String> missingOptional = new LinkedHashSet<>();
    private final Set<String> missingOther = new LinkedHashSet<>();

    Evaluation(NetworkIndex index, LegalCase original) {
        this.index = index;
        this.legalCase = withDeclarations(index, original);
        this.conditions = new ConditionEvaluator(legalCase);
    }

    Decision decide() {
        List<Basis> bases = new ArrayList<>();
        List<Instrument> basisInstruments = new ArrayList<>();
        String noBasis = legalBasis(bases, basisInstruments);
        if (basisInstruments.isEmpty()) {
            return decision(bases, Outcome.NO_LEGAL_BASIS, noBasis, List.of(), List.of(), claims(List.of(), List.of()), List.of());
        }
        Map<Instrument, Map<String, Provision>> provisions = new LinkedHashMap<>();
        for (Instrument instrument : basisInstruments) {
            provisions.put(instrument, applicableProvisions(instrument, basisInstruments));
        }
        // the first basis, in order of precedence, whose scope covers the case decides it; a convention whose scope
        // does not cover the offence is no basis for it
        Instrument primary = null;
        Truth scope = Truth.FALSE;
        StringBuilder scopeReason = new StringBuilder();
        Set<String> scopeMissing = new LinkedHashSet<>();
        Map<Instrument, Truth> scopes = new HashMap<>();
        Map<Instrument, StringBuilder> reasons = new HashMap<>();
        Map<Instrument, Set<String>> missings = new HashMap<>();
        for (Instrument instrument : basisInstruments) {
            reasons.put(instrument, new StringBuilder());
            missings.put(instrument, new LinkedHashSet<>());
            scopes.put(instrument, scope(instrument, provisions.get(instrument), reasons.get(instrument), missings.get(instrument)));
        }
        for (Truth wanted : List.of(Truth.TRUE, Truth.UNKNOWN, Truth.FALSE)) {
            for (Instrument instrument : basisInstruments) {
                if (primary == null && scopes.get(instrument) == wanted) {
                    primary = instrument;
                    scope = wanted;
                    scopeReason = reasons.get(instrument);
                    scopeMissing = missings.get(instrument);
                }
            }
        }
        missingBasisOrScope.addAll(scopeMissing);
        int index = basisInstruments.indexOf(primary);
        Basis first = bases.remove(index);
        bases.add(0, first);
        basisInstruments.remove(index);
        basisInstruments.add(0, primary);
        if (scope == Truth.TRUE) {
            // bases whose own scope does not cover the case are not bases for it
            for (int i = basisInstruments.size() - 1; i > 0; i--) {
                Instrument other = basisInstruments.get(i);
                if (scopes.get(other) == Truth.FALSE) {
                    trace.add(label(other) + ": outside its scope, not a basis for this case");
                    basisInstruments.remove(i);
                    bases.remove(i);
                    provisions.remove(other);
                }
            }
        }
        Truth basisTruth = bases.get(0).applies();
        List<NotAGround> exclusions = notAGrounds(provisions);
        List<GroundResult> grounds = grounds(primary, provisions.get(primary), exclusions);
        List<Obligation> obligations = obligations(provisions, grounds);
        List<MissingDocument> documents = documents(primary, provisions.get(primary));
        List<ClaimResult> claims = claims(grounds, exclusions);

        Outcome outcome;
        String reason;
        if (scope == Truth.FALSE) {
            outcome = Outcome.OUT_OF_SCOPE;
            reason = scopeReason.toString();
        } else if (basisTruth == Truth.UNKNOWN || scope == Truth.UNKNOWN) {
            outcome = Outcome.UNDETERMINED;
            reason = basisTruth == Truth.UNKNOWN ? "the legal basis cannot be established: " + bases.get(0).why()
                    : "the scope cannot be established: " + scopeReason;
        } else if (grounds.stream().anyMatch(g -> g.applies() == Truth.TRUE && g.kind().equals("mandatory"))) {
            outcome = Outcome.MUST_REFUSE;
            reason = "mandatory ground " + firstApplying(grounds, "mandatory") + " applies";
        } else if (grounds.stream().anyMatch(g -> g.applies() == Truth.TRUE)) {
            outcome = Outcome.MAY_REFUSE;
            reason = "optional ground " + firstApplying(grounds, "optional") + " applies";
        } else {
            outcome = Outcome.MUST_EXECUTE;
            long unexamined = grounds.stream().filter(g -> g.applies() == Truth.UNKNOWN).count();
            reason = "within scope and no ground for refusal is established (cooperation is the rule)"
                    + (unexamined == 0 ? "" : "; " + unexamined + " ground(s) left unexamined for want of facts");
        }
        if (outcome != Outcome.MUST_EXECUTE) {
            obligations = qualifyDutyToCooperate(obligations, outcome);
        }
        return decision(bases, outcome, reason, grounds, obligations, claims, documents);
    }

    /** Actions by which the requested state grants the request; a ground for refusal qualifies the duty to take them. */
    private static final Set<String> COOPERATION = Set.of("extradite", "surrender", "execute-request");

    /**
     * The general duty to extradite or assist (Model Treaty art 1) yields to an established ground: it is dropped
     * when refusal is mandatory and stated as subject to the refusal when refusal is optional or the case open.
     */
    private static List<Obligation> qualifyDutyToCooperate(List<Obligation> obligations, Outcome outcome) {
        List<Obligation> result = new ArrayList<>();
        for (Obligation obligation : obligations) {
            if (!COOPERATION.contains(obligation.action()) || obligation.negated()) {
                result.add(obligation);
            } else if (outcome != Outcome.MUST_REFUSE && outcome != Outcome.OUT_OF_SCOPE) {
                result.add(new Obligation(obligation.instrument(), obligation.citation(), obligation.bearer(),
                        obligation.modal(), obligation.action(), false, obligation.due(), (outcome == Outcome.MAY_REFUSE
                                ? "unless the requested state refuses on the optional ground established; "
                                : "subject to the outcome; ") + obligation.explanation()));
            }
        }
        return result;
    }

    private Decision decision(List<Basis> bases, Outcome outcome, String reason, List<GroundResult> grounds,
            List<Obligation> obligations, List<ClaimResult> claims, List<MissingDocument> documents) {
        // only facts whose answer could change the outcome: once a mandatory ground is established nothing else
        // can; once an optional one is, only a mandatory ground could
        Set<String> missing = new LinkedHashSet<>();
        switch (outcome) {
            case UNDETERMINED -> {
                missing.addAll(missingBasisOrScope);
                missing.addAll(missingMandatory);
                missing.addAll(missingOptional);
            }
            case MUST_EXECUTE -> {
                missing.addAll(missingMandatory);
                missing.addAll(missingOptional);
            }
            case MAY_REFUSE -> missing.addAll(missingMandatory);
            default -> {
            }
        }
        missing.removeIf(name -> legalCase.fact(name) != null || name.equals("requesting") || name.equals("requested"));
        return new Decision(legalCase.id(), List.copyOf(bases), outcome, reason, List.copyOf(grounds),
                List.copyOf(obligations), List.copyOf(claims), List.copyOf(missing), List.copyOf(documents),
                Engine.DEFAULT_COUNTING, List.copyOf(trace));
    }

    private static String firstApplying(List<GroundResult> grounds, String kind) {
        return grounds.stream().filter(g -> g.applies() == Truth.TRUE && g.kind().equals(kind))
                .map(g -> cite(g.instrument(), g.citation())).findFirst().orElse("?");
    }

    // ------------------------------------------------------------------ legal basis

    /** Fills the bases in order of precedence; returns why there is none when the list stays empty. */
    private String legalBasis(List<Basis> bases, List<Instrument> basisInstruments) {
        LocalDate date = legalCase.date();
        List<Instrument> binding = new ArrayList<>();
        Map<Instrument, Truth> bound = new HashMap<>();
        Map<Instrument, String> why = new HashMap<>();
        List<Instrument> notBinding = new ArrayList<>();
        List<String> whyNot = new ArrayList<>(); // pairs: why for the requesting state, why for the requested state
        // an instrument neither state is named in binds neither: only the two states' instruments are examined, and
        // why one does not bind is written out only when nothing binds
        index.forEachInvolving(legalCase.requesting(), legalCase.requested(), legalCase.modality(), date, (instrument, truth, a, b) -> {
            if (truth == Truth.FALSE) {
                notBinding.add(instrument);
                whyNot.add(a == null ? legalCase.requesting() + " is not a party" : a);
                whyNot.add(b == null ? legalCase.requested() + " is not a party" : b);
                return;
            }
            bound.put(instrument, truth);
            why.put(instrument, a + "; " + b);
            binding.add(instrument);
        });
        binding.sort(Comparator.comparingInt(Evaluation::rank).thenComparing(Instrument::getId));
        boolean treatyBinds = binding.stream().anyMatch(i -> rank(i) < 2 && bound.get(i) == Truth.TRUE);
        Set<Instrument> displaced = new HashSet<>();
        Map<Instrument, List<String>> displaces = new HashMap<>();
        for (Instrument instrument : binding) {
            for (Precedence provision : index.precedences(instrument)) {
                if (provision.getRule() instanceof DisplacingRule rule) {
                    for (Instrument target : rule.getTargets()) {
                        if (binding.contains(target)) {
                            displaced.add(target);
                            displaces.computeIfAbsent(instrument, k -> new ArrayList<>()).add(target.getId()
                                    + " (" + cite(instrument.getId(), provision.getCitation()) + ")");
                            trace(instrument, provision);
                        }
                    }
                }
            }
        }
        List<Instrument> refused = new ArrayList<>();
        for (Instrument instrument : binding) {
            if (displaced.contains(instrument)) {
                continue;
            }
            Truth truth = bound.get(instrument);
            String reason = why.get(instrument);
            ConditionalBasis conditional = conditionalBasis(instrument);
            if (conditional != null) {
                Provision provision = (Provision) conditional.eContainer();
                trace(instrument, provision);
                List<String> unknown = new ArrayList<>();
                Truth condition = conditions.evaluate(conditional.getCondition(), unknown);
                Truth noTreaty = Truth.of(!treatyBinds);
                Truth basis = truth.and(noTreaty).and(condition);
                if (basis == Truth.FALSE) {
                    refused.add(instrument);
                    continue;
                }
                missingBasisOrScope.addAll(unknown);
                reason = reason + "; basis under " + cite(instrument.getId(), provision.getCitation())
                        + " (no treaty binds the two states" + (condition == Truth.UNKNOWN ? "; whether the requested state requires a treaty and takes the convention as basis is unknown" : "; the requested state requires a treaty and takes the convention as basis") + ")";
                truth = basis;
            }
            bases.add(new Basis(instrument.getId(), instrument.getTitle(), truth, reason,
                    List.copyOf(displaces.getOrDefault(instrument, List.of()))));
            basisInstruments.add(instrument);
        }
        if (!basisInstruments.isEmpty()) {
            return null; // why there is no basis is only said when there is none
        }
        List<String> reasons = new ArrayList<>();
        for (Instrument instrument : refused) {
            Provision provision = (Provision) conditionalBasis(instrument).eContainer();
            reasons.add(label(instrument) + " is a basis for " + legalCase.modality().getLiteral() + " only under "
                    + cite(instrument.getId(), provision.getCitation()) + ": "
                    + (treatyBinds ? "a treaty binds the two states" : "the requested state must require a treaty, have none with the requesting state and take the convention as the legal basis"));
        }
        for (int i = 0; i < notBinding.size(); i++) {
            String a = whyNot.get(2 * i);
            String b = whyNot.get(2 * i + 1);
            reasons.add(label(notBinding.get(i)) + " (" + (a.contains("not") || a.contains("only") || a.contains("withdrew") ? a : b) + ")");
        }
        return "no instrument for " + legalCase.modality().getLiteral() + " binds " + legalCase.requesting() + " and "
                + legalCase.requested() + " on " + date + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
    }

    /** Order of precedence: schemes, then treaties and arrangements, then conventions. */
    private static int rank(Instrument instrument) {
        return switch (instrument.getKind()) {
            case SCHEME -> 0;
            case BILATERAL, ARRANGEMENT -> 1;
            default -> 2;
        };
    }

    private ConditionalBasis conditionalBasis(Instrument instrument) {
        for (Precedence precedence : index.precedences(instrument)) {
            if (precedence.getRule() instanceof ConditionalBasis basis
                    && basis.getModality() == legalCase.modality()) {
                return basis;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ provisions in play

    /**
     * The provisions of a basis that apply between the two states: without those a treaty displaces (UNTOC art
     * 18(7)) and with each state's reservations.
     */
    private Map<String, Provision> applicableProvisions(Instrument instrument, List<Instrument> bases) {
        // in a convention covering several modalities, an article for another modality does not apply
        Map<String, Provision> provisions = index.provisions(instrument, legalCase.modality());
        boolean otherTreaty = bases.stream().anyMatch(other -> other != instrument && rank(other) < 2);
        if (!changes(instrument, otherTreaty)) {
            return provisions; // read-only, shared by every case
        }
        Map<String, Provision> result = new LinkedHashMap<>(provisions);
        for (Provision provision : index.precedences(instrument)) {
            if (provision instanceof Precedence precedence && precedence.getRule() instanceof Subsidiary subsidiary
                    && subsidiary.getModality() == legalCase.modality() && otherTreaty) {
                trace(instrument, provision);
                if (subsidiary.getProvisions().isEmpty()) {
                    result.clear();
                }
                subsidiary.getProvisions().forEach(p -> result.remove(p.getCitation()));
            }
        }
        for (String state : List.of(legalCase.requested(), legalCase.requesting())) {
            Party party = index.party(instrument, state);
            if (party == null) {
                continue;
            }
            for (Reservation reservation : party.getReservations()) {
                if (reservation.getProvision() == null) {
                    continue;
                }
                trace.add(label(instrument) + " reservation of " + state + " on art " + reservation.getProvision().getCitation());
                if (reservation.isExcluded()) {
                    result.remove(reservation.getProvision().getCitation());
                } else if (reservation.getReplacement() != null) {
                    result.put(reservation.getProvision().getCitation(), reservation.getReplacement());
                }
            }
        }
        return result;
    }

    /** Whether a subsidiarity rule or a reservation of either state changes which provisions apply. */
    private boolean changes(Instrument instrument, boolean otherTreaty) {
        if (otherTreaty) {
            for (Precedence precedence : index.precedences(instrument)) {
                if (precedence.getRule() instanceof Subsidiary subsidiary && subsidiary.getModality() == legalCase.modality()) {
                    return true;
                }
            }
        }
        for (String state : List.of(legalCase.requested(), legalCase.requesting())) {
            Party party = index.party(instrument, state);
            if (party != null && !party.getReservations().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<Provision> provisionsOf(Instrument instrument) {
        return index.provisions(instrument);
    }

    /** Facts a party declared for its instruments (e.g. that it takes UNTOC as a basis) apply when not stated. */
    private static LegalCase withDeclarations(NetworkIndex index, LegalCase original) {
        List<Instrument> declaring = index.declaring(original.requested(), original.requesting());
        if (declaring.isEmpty()) {
            return original;
        }
        Map<String, Object> facts = new HashMap<>(original.facts());
        ConditionEvaluator values = new ConditionEvaluator(original);
        for (Instrument instrument : declaring) {
            for (String state : new String[] { original.requested(), original.requesting() }) {
                Party party = index.party(instrument, state);
                if (party == null) {
                    continue;
                }
                for (Declaration declaration : party.getDeclarations()) {
                    String fact = declaration.getFact();
                    if (fact == null || facts.containsKey(fact)) {
                        continue;
                    }
                    boolean roleMatches = state.equals(original.requested()) ? !fact.startsWith("requesting.")
                            : !fact.startsWith("requested.");
                    if (roleMatches && declaration.getValue() != null) {
                        facts.put(fact, values.valueOf(declaration.getValue()));
                    }
                }
            }
        }
        return facts.size() == original.facts().size() ? original
                : new LegalCase(original.id(), original.modality(), original.purpose(), original.requesting(),
                        original.requested(), original.date(), facts, original.events());
    }

    // ------------------------------------------------------------------ scope

    private Truth scope(Instrument instrument, Map<String, Provision> provisions, StringBuilder reason,
            Set<String> missingBasisOrScope) {
        Truth result = Truth.TRUE;
        for (Scope scope : index.ofType(provisions, Scope.class)) {
            Provision provision = scope;
            if (scope.isSetModality() && scope.getModality() != legalCase.modality()) {
                continue;
            }
            trace(instrument, provision);
            String where = cite(instrument.getId(), provision.getCitation());
            if (scope.getApplicability() != null) {
                Truth truth = conditions.evaluate(scope.getApplicability(), missingBasisOrScope);
                result = result.and(note(truth, () -> where + ": the conditions of application", reason));
            }
            for (Threshold threshold : scope.getThresholds()) {
                result = result.and(threshold(threshold, where, reason, missingBasisOrScope));
            }
            if (scope.getDualCriminality() != null && scope.getDualCriminality().getMode() != DualCriminalityMode.NOT_REQUIRED) {
                Truth exempt = conditions.evaluate(scope.getDualCriminality().getExemption(), new ArrayList<>());
                if (scope.getDualCriminality().getExemption() == null || exempt != Truth.TRUE) {
                    List<String> unknown = new ArrayList<>();
                    Truth dual = conditions.evaluate(dualCriminalityTest(), unknown);
                    if (exempt == Truth.UNKNOWN && dual != Truth.TRUE) {
                        conditions.evaluate(scope.getDualCriminality().getExemption(), unknown);
                        dual = Truth.UNKNOWN;
                    }
                    missingBasisOrScope.addAll(unknown);
                    result = result.and(note(dual, () -> where + ": dual criminality ("
                            + scope.getDualCriminality().getMode().getLiteral() + ")", reason));
                }
            }
        }
        return result;
    }

    private static org.pacta.model.Condition dualCriminalityTest() {
        org.pacta.model.FactTest test = org.pacta.model.ObligationsFactory.eINSTANCE.createFactTest();
        test.setFact("offence.dual-criminality");
        test.setOperator(org.pacta.model.Operator.EQ);
        org.pacta.model.BooleanValue truth = org.pacta.model.ObligationsFactory.eINSTANCE.createBooleanValue();
        truth.setValue(true);
        test.setValue(truth);
        return test;
    }

    private Truth threshold(Threshold threshold, String where, StringBuilder reason, Set<String> missingBasisOrScope) {
        String purpose = legalCase.purpose();
        if (purpose == null) {
            missingBasisOrScope.add("request.purpose");
            return note(Truth.UNKNOWN, () -> where + ": the threshold depends on the purpose", reason);
        }
        if (!purpose.equals(threshold.getPurpose().getLiteral())) {
            return Truth.TRUE;
        }
        Span required = Span.of(threshold.getAmount());
        if (required == null) {
            return note(Truth.UNKNOWN, () -> where + ": the threshold is a parameter the instrument leaves open", reason);
        }
        Truth result = atLeast(threshold.getMeasure(), required, where, reason, missingBasisOrScope);
        if (threshold.isBothStates() && threshold.getMeasure().equals("offence.max-penalty")) {
            result = result.and(atLeast("offence.max-penalty-requested", required, where + " (in the requested state)",
                    reason, missingBasisOrScope));
        }
        return result;
    }

    private Truth atLeast(String fact, Span required, String where, StringBuilder reason, Set<String> missingBasisOrScope) {
        Object value = legalCase.fact(fact);
        if (!(value instanceof Span actual)) {
            missingBasisOrScope.add(fact);
            return note(Truth.UNKNOWN, () -> where + ": " + fact + " is unknown (threshold " + required + ")", reason);
        }
        boolean met = actual.compareTo(required, legalCase.date()) >= 0;
        return note(Truth.of(met), () -> where + ": " + fact + " " + actual + (met ? " meets" : " is below")
                + " the threshold of " + required, reason);
    }

    /**
     * Records why scope failed or is unknown: the first condition not met, else the first unknown one. A condition
     * not met replaces an unknown one noted before it, since it alone decides that the case is out of scope.
     */
    private static Truth note(Truth truth, java.util.function.Supplier<String> text, StringBuilder reason) {
        if (truth == Truth.TRUE) {
            return truth; // the text is written only when it may be reported
        }
        boolean onlyUnknownSoFar = reason.length() == 0 || reason.toString().endsWith(UNKNOWN_MARK);
        if (truth == Truth.FALSE && onlyUnknownSoFar) {
            reason.setLength(0);
            reason.append(text.get()).append(" — not met");
        } else if (truth == Truth.UNKNOWN && reason.length() == 0) {
            reason.append(text.get()).append(UNKNOWN_MARK);
        }
        return truth;
    }

    private static final String UNKNOWN_MARK = " — unknown";

    // ------------------------------------------------------------------ grounds

    private List<NotAGround> notAGrounds(Map<Instrument, Map<String, Provision>> provisions) {
        List<NotAGround> result = new ArrayList<>();
        provisions.forEach((instrument, byCitation) -> index.ofType(byCitation, NotAGround.class).forEach(clause -> {
            if ((!clause.isSetModality() || clause.getModality() == legalCase.modality())
                    && conditions.evaluate(clause.getCondition(), new ArrayList<>()) == Truth.TRUE) {
                result.add(clause);
            }
        }));
        return result;
    }

    private List<GroundResult> grounds(Instrument instrument, Map<String, Provision> provisions, List<NotAGround> exclusions) {
        List<GroundResult> result = new ArrayList<>();
        for (Ground ground : index.ofType(provisions, Ground.class)) {
            Provision provision = ground;
            trace(instrument, provision);
            String kind = ground.getKind() == GroundKind.MANDATORY ? "mandatory" : "optional";
            NotAGround excluded = null;
            for (NotAGround exclusion : exclusions) {
                if (exclusion.getClaim().equals(ground.getClaim())) {
                    excluded = exclusion;
                    break;
                }
            }
            if (excluded != null) {
                result.add(new GroundResult(instrument.getId(), ground.getCitation(), kind, ground.getClaim(), Truth.FALSE,
                        "not available: " + cite(owner(excluded), excluded.getCitation()) + " excludes " + ground.getClaim()
                                + (excluded.isSole() ? " as the sole ground" : " as a ground")));
                continue;
            }
            List<String> unknown = new ArrayList<>();
            Truth condition = conditions.evaluate(ground.getCondition(), unknown);
            Truth exception = ground.getException() == null ? Truth.FALSE : conditions.evaluate(ground.getException(), unknown);
            Truth applies = condition.and(exception.not());
            if (applies == Truth.UNKNOWN) {
                (ground.getKind() == GroundKind.MANDATORY ? missingMandatory : missingOptional).addAll(unknown);
            }
            result.add(new GroundResult(instrument.getId(), ground.getCitation(), kind, ground.getClaim(), applies,
                    explain(ground, condition, exception, unknown)));
        }
        return result;
    }

    private static String explain(Ground ground, Truth condition, Truth exception, List<String> unknown) {
        String text = ground.getText() != null ? ground.getText() : (ground.getKind() == GroundKind.MANDATORY
                ? "mandatory ground" : "optional ground");
        String state = switch (condition) {
            case TRUE -> exception == Truth.TRUE ? "its condition holds but the exception applies"
                    : exception == Truth.UNKNOWN ? "its condition holds; whether the exception applies is unknown"
                            : "its condition holds";
            case FALSE -> "its condition does not hold";
            case UNKNOWN -> "unexamined: unknown " + String.join(", ", new LinkedHashSet<>(unknown));
        };
        return state + ". " + text;
    }

    // ------------------------------------------------------------------ obligations and deadlines

    private List<Obligation> obligations(Map<Instrument, Map<String, Provision>> provisions, List<GroundResult> grounds) {
        List<Obligation> result = new ArrayList<>();
        for (GroundResult applied : grounds) {
            if (applied.applies() != Truth.TRUE) {
                continue;
            }
            Ground ground = (Ground) provisions.values().stream().map(m -> m.get(applied.citation()))
                    .filter(p -> p instanceof Ground g && g.getCitation().equals(applied.citation())).findFirst().orElse(null);
            if (ground == null) {
                continue;
            }
            for (Duty duty : ground.getConsequences()) {
                List<String> unknown = new ArrayList<>();
                Truth truth = conditions.evaluate(duty.getCondition(), unknown);
                missingOther.addAll(unknown);
                if (truth != Truth.FALSE) {
                    result.add(new Obligation(applied.instrument(), ground.getCitation(), duty.getBearer().getLiteral(),
                            duty.getModal().getLiteral(), duty.getAction(), duty.isNegated(), null, (applied.kind().equals("optional")
                                    ? "if the requested state refuses under this ground" : "on refusal under this ground")
                                    + (truth == Truth.UNKNOWN ? "; depends on unknown " + String.join(", ", unknown) : "")));
                }
            }
        }
        provisions.forEach((instrument, byCitation) -> {
            for (Norm norm : index.ofType(byCitation, Norm.class)) {
                if (norm.getDuty() != null) {
                    Obligation obligation = norm(instrument, norm);
                    if (obligation != null) {
                        result.add(obligation);
                    }
                }
            }
        });
        return result;
    }

    private Obligation norm(Instrument instrument, Norm norm) {
        Duty duty = norm.getDuty();
        List<String> unknown = new ArrayList<>();
        Truth truth = conditions.evaluate(duty.getCondition(), unknown);
        boolean dated = norm.getDeadline() != null && legalCase.events().containsKey(norm.getDeadline().getFromEvent());
        // an unconditional duty without a dated time limit says nothing about this case; an unknown condition is
        // reported only where a time limit is running
        if (truth == Truth.FALSE || (duty.getCondition() == null && !dated) || (truth == Truth.UNKNOWN && !dated)) {
            return null;
        }
        trace(instrument, norm);
        if (truth == Truth.UNKNOWN) {
            missingOther.addAll(unknown);
        }
        LocalDate due = null;
        StringBuilder explanation = new StringBuilder(truth == Truth.UNKNOWN
                ? "applies depending on " + String.join(", ", new LinkedHashSet<>(unknown)) + " (unknown); " : "");
        if (norm.getDeadline() != null) {
            String event = norm.getDeadline().getFromEvent();
            Span period = Span.of(norm.getDeadline().getPeriod());
            LocalDate start = legalCase.events().get(event);
            if (period == null) {
                explanation.append("the time limit is a parameter the instrument leaves open");
            } else if (start == null) {
                explanation.append("within ").append(period).append(" from ").append(event).append(" (no date given)");
                missingOther.add(event);
            } else {
                Span total = period;
                if (norm.getExtension() != null) {
                    List<String> extensionUnknown = new ArrayList<>();
                    Truth extended = conditions.evaluate(norm.getExtension().getCondition(), extensionUnknown);
                    Span extra = Span.of(norm.getExtension().getPeriod());
                    if (extended == Truth.TRUE && extra != null) {
                        total = period.plus(extra);
                        explanation.append("extended by ").append(extra).append("; ");
                    } else if (extended == Truth.UNKNOWN) {
                        missingOther.addAll(extensionUnknown);
                        explanation.append("extendable by ").append(extra).append(" if ")
                                .append(String.join(", ", extensionUnknown)).append("; ");
                    }
                }
                due = total.addTo(start);
                explanation.append("within ").append(total).append(" from ").append(event).append(" (").append(start).append(")");
                if (norm.getExpiry() != null) {
                    explanation.append("; on expiry the ").append(norm.getExpiry().getBearer().getLiteral()).append(' ')
                            .append(norm.getExpiry().getModal().getLiteral()).append(norm.getExpiry().isNegated() ? " not " : " ")
                            .append(norm.getExpiry().getAction());
                }
            }
        }
        if (norm.getText() != null) {
            String sep = explanation.length() == 0 ? "" : explanation.toString().endsWith("; ") ? "" : ". ";
            explanation.append(sep).append(norm.getText());
        }
        return new Obligation(instrument.getId(), norm.getCitation(), duty.getBearer().getLiteral(),
                duty.getModal().getLiteral(), duty.getAction(),
                duty.isNegated(), due, explanation.toString());
    }

    // ------------------------------------------------------------------ requirements and claims

    private List<MissingDocument> documents(Instrument instrument, Map<String, Provision> provisions) {
        List<MissingDocument> result = new ArrayList<>();
        for (Requirement requirement : index.ofType(provisions, Requirement.class)) {
            Provision provision = requirement;
            if (requirement.getKind() != RequirementKind.DOCUMENTS) {
                continue;
            }
            List<String> unknown = new ArrayList<>();
            Truth applies = conditions.evaluate(requirement.getCondition(), unknown);
            if (applies != Truth.TRUE) {
                missingOther.addAll(unknown);
                continue;
            }
            trace(instrument, provision);
            Object given = legalCase.fact("request.documents");
            if (!(given instanceof Set<?> documents)) {
                missingOther.add("request.documents");
                continue;
            }
            for (String item : requirement.getItems()) {
                if (!documents.contains(item)) {
                    result.add(new MissingDocument(instrument.getId(), requirement.getCitation(), item));
                }
            }
        }
        return result;
    }

    private List<ClaimResult> claims(List<GroundResult> grounds, List<NotAGround> exclusions) {
        Object claimed = legalCase.fact("refusal.claimed");
        if (!(claimed instanceof Set<?> claims)) {
            return List.of();
        }
        List<ClaimResult> result = new ArrayList<>();
        for (Object item : claims.stream().map(String::valueOf).sorted().toList()) {
            String claim = (String) item;
            NotAGround excluded = exclusions.stream().filter(x -> x.getClaim().equals(claim)).findFirst().orElse(null);
            if (excluded != null) {
                result.add(new ClaimResult(claim, false, cite(owner(excluded), excluded.getCitation()),
                        claim + (excluded.isSole() ? " cannot be the sole ground for refusal" : " is not a ground for refusal")
                                + (excluded.getText() != null ? ": " + excluded.getText() : "")));
                continue;
            }
            GroundResult ground = grounds.stream().filter(g -> claim.equals(g.claim())).findFirst().orElse(null);
            if (ground == null) {
                result.add(new ClaimResult(claim, false, null,
                        "the applicable instruments do not provide " + claim + " as a ground for refusal; whether the "
                                + "requested state's own law allows it (e.g. under UNTOC art 16(7)) is outside this decision"));
            } else {
                result.add(new ClaimResult(claim, ground.applies() != Truth.FALSE, cite(ground.instrument(), ground.citation()),
                        ground.kind() + " ground; applies: " + ground.applies().label()));
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The provisions consulted, in order, each once: every provision consulted is looked up in it, so look-ups go
     * through a set rather than along the list.
     */
    private static final class Trace extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        private final Set<String> entries = new HashSet<>();

        @Override
        public boolean add(String entry) {
            entries.add(entry);
            return super.add(entry);
        }

        @Override
        public boolean contains(Object entry) {
            return entries.contains(entry);
        }
    }

    private void trace(Instrument instrument, Provision provision) {
        String entry = index.label(instrument) + " art " + provision.getCitation(); // as cite(id, citation)
        if (!trace.contains(entry)) {
            trace.add(entry);
        }
    }

    private static String owner(Provision provision) {
        for (org.eclipse.emf.ecore.EObject o = provision; o != null; o = o.eContainer()) {
            if (o instanceof Instrument instrument) {
                return instrument.getId();
            }
        }
        return "?";
    }

    static String cite(String instrument, String citation) {
        String name = instrument.contains(".") ? instrument.substring(instrument.lastIndexOf('.') + 1) : instrument;
        return name + " art " + citation;
    }

    private static String label(Instrument instrument) {
        String id = instrument.getId();
        return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : id;
    }
}
