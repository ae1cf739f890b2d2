// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pacta.compiler.ObligationCompiler;
import org.pacta.dsl.ast.AmountValue;
import org.pacta.dsl.ast.AstPackage;
import org.pacta.dsl.ast.BasisExpectation;
import org.pacta.dsl.ast.BooleanValue;
import org.pacta.dsl.ast.DateValue;
import org.pacta.dsl.ast.Event;
import org.pacta.dsl.ast.EventAssignment;
import org.pacta.dsl.ast.Expectation;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.FactAssignment;
import org.pacta.dsl.ast.GroundExpectation;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.LifeAmount;
import org.pacta.dsl.ast.MissingExpectation;
import org.pacta.dsl.ast.NameValue;
import org.pacta.dsl.ast.ObligationExpectation;
import org.pacta.dsl.ast.OutcomeExpectation;
import org.pacta.dsl.ast.PactaFile;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.Quantity;
import org.pacta.dsl.ast.RequestSpec;
import org.pacta.dsl.ast.RoleValue;
import org.pacta.dsl.ast.SetValue;
import org.pacta.dsl.ast.TestCase;
import org.pacta.dsl.ast.TextValue;
import org.pacta.dsl.ast.Value;
import org.pacta.dsl.ast.VerificationStatus;
import org.pacta.dsl.semantics.Amounts;
import org.pacta.dsl.semantics.ValueType;
import org.pacta.dsl.semantics.Written;
import org.pacta.engine.Decision;
import org.pacta.engine.Decision.Basis;
import org.pacta.engine.Decision.GroundResult;
import org.pacta.engine.Decision.Obligation;
import org.pacta.engine.Engine;
import org.pacta.engine.LegalCase;
import org.pacta.engine.NetworkIndex;
import org.pacta.engine.Span;
import org.pacta.engine.Truth;
import org.pacta.model.DurationUnit;
import org.pacta.model.Modality;
import org.pacta.model.Network;

/**
 * Runs the {@code test} blocks of the user's sources (not the library's) against the case engine: each test becomes
 * a {@link LegalCase}, is decided, and every expectation is compared with the decision. The runner is headless and
 * does no I/O, so the command line, a build plugin or the language server can share it.
 *
 * <p>What each expectation asks of the decision:
 * <ul>
 * <li>{@code under X} — X is the first legal basis;</li>
 * <li>{@code expect outcome O} — the outcome is O;</li>
 * <li>{@code expect ground CIT applies|does-not-apply|unknown} — the ground with that citation was examined and
 * gave that answer;</li>
 * <li>{@code expect obligation ACTION [by CIT] [due DATE]} — some obligation (not a prohibition) has that action
 * and, when given, that citation and that due date;</li>
 * <li>{@code expect basis A, B} — the legal bases are exactly A, B, in that order (order of precedence): an
 * expectation on the basis also says which instruments are <em>not</em> a basis;</li>
 * <li>{@code expect missing F, G} — F and G are among the missing facts (others may be listed too).</li>
 * </ul>
 * A test without {@code on DATE} is decided on the in-force date of the instrument named by {@code under}; a test
 * with neither cannot run and is reported as an error.
 */
public final class TestRunner {

    /** The result of one test. */
    public record TestResult(String file, int line, String name, String unverified, List<String> cites,
            List<String> failures, String error, Decision decision, long millis) {

        public boolean passed() {
            return error == null && failures.isEmpty();
        }

        /** {@code file:line}, as findings print positions. */
        public String position() {
            return file + ":" + line;
        }
    }

    /** The results of one source file, in the order its tests are written. */
    public record FileResults(String file, List<TestResult> tests) {
    }

    private final PactaWorkspace workspace;
    private final Engine engine;

    /** A runner over a validated workspace and the network it compiled to. */
    public TestRunner(PactaWorkspace workspace, Network network) {
        this.workspace = workspace;
        this.engine = new Engine(new NetworkIndex(network));
    }

    /** Runs every test of every user source, file by file. */
    public List<FileResults> run() {
        List<FileResults> result = new ArrayList<>();
        for (Resource resource : workspace.userResources()) {
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PactaFile file)) {
                continue;
            }
            List<TestResult> tests = new ArrayList<>();
            for (EObject element : file.getElements()) {
                if (element instanceof TestCase test) {
                    tests.add(run(workspace.displayName(resource), test));
                }
            }
            if (!tests.isEmpty()) {
                result.add(new FileResults(workspace.displayName(resource), List.copyOf(tests)));
            }
        }
        return List.copyOf(result);
    }

    /** Runs one test. */
    public TestResult run(String file, TestCase test) {
        long start = System.nanoTime();
        int line = line(test);
        String unverified = test.getVerification() != null && test.getVerification().getStatus() == VerificationStatus.UNVERIFIED
                ? Objects.requireNonNullElse(test.getVerification().getReason(), "") : null;
        LegalCase legalCase;
        try {
            legalCase = legalCase(test);
        } catch (IllegalArgumentException e) {
            return new TestResult(file, line, test.getName(), unverified, cites(test, null), List.of(), e.getMessage(), null,
                    (System.nanoTime() - start) / 1_000_000);
        }
        Decision decision;
        try {
            decision = engine.decide(legalCase);
        } catch (RuntimeException e) {
            // a defect of the engine on this case must not hide the results of the other tests
            return new TestResult(file, line, test.getName(), unverified, cites(test, null), List.of(),
                    "the engine failed on this case (" + e + "); please report it", null, (System.nanoTime() - start) / 1_000_000);
        }
        List<String> failures = new ArrayList<>();
        Instrument under = test.getRequest().getInstrument();
        if (under != null && !under.eIsProxy()) {
            String expected = ObligationCompiler.idOf(under);
            String first = decision.legalBasis().isEmpty() ? null : decision.legalBasis().get(0).instrument();
            if (!expected.equals(first)) {
                failures.add("under " + label(expected) + ": " + (first == null
                        ? "there is no legal basis (" + decision.outcomeReason() + ")"
                        : "the first legal basis is " + label(first) + " (bases: " + bases(decision) + ")"));
            }
        }
        for (Expectation expectation : test.getExpectations()) {
            String failure = check(expectation, decision);
            if (failure != null) {
                failures.add(failure);
            }
        }
        return new TestResult(file, line, test.getName(), unverified, cites(test, decision), List.copyOf(failures), null, decision,
                (System.nanoTime() - start) / 1_000_000);
    }

    // ------------------------------------------------------------------ the case

    /** The case a test describes; an {@link IllegalArgumentException} says why it cannot be built. */
    LegalCase legalCase(TestCase test) {
        RequestSpec request = test.getRequest();
        if (request == null) {
            throw new IllegalArgumentException("the test has no request");
        }
        Instrument under = request.getInstrument() != null && !request.getInstrument().eIsProxy() ? request.getInstrument() : null;
        LocalDate date;
        if (request.getDate() != null) {
            date = date(request.getDate(), "the request date");
        } else if (under != null && under.getInForce() != null) {
            date = date(under.getInForce(), "the in-force date of " + under.getName());
        } else {
            throw new IllegalArgumentException("the request has no date: write 'on YYYY-MM-DD' after the request"
                    + (under == null ? " (or name, with 'under', an instrument that has an in-force date)"
                            : " (" + under.getName() + " has no in-force date to default to)"));
        }
        Modality modality = request.getModality() == null ? null : Modality.get(request.getModality().getLiteral());
        if (modality == null) {
            throw new IllegalArgumentException("the engine does not know the modality " + request.getModality());
        }
        String purpose = Written.isWritten(request, AstPackage.Literals.REQUEST_SPEC__PURPOSE)
                ? request.getPurpose().getLiteral() : null;
        String requesting = request.getRequesting();
        String requested = request.getRequested();
        if (Objects.equals(requesting, requested)) {
            throw new IllegalArgumentException("the requested state is the requesting state");
        }
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        for (FactAssignment assignment : test.getFacts()) {
            if (!(assignment.getFact() instanceof Fact fact) || fact.eIsProxy()) {
                throw new IllegalArgumentException("not a fact: " + text(assignment.getFact()));
            }
            if (facts.containsKey(fact.getName())) {
                throw new IllegalArgumentException(fact.getName() + " is given twice");
            }
            facts.put(fact.getName(), value(fact, assignment.getValue(), requesting, requested));
        }
        Map<String, LocalDate> events = new java.util.LinkedHashMap<>();
        for (EventAssignment assignment : test.getEvents()) {
            if (!(assignment.getEvent() instanceof Event event) || event.eIsProxy()) {
                throw new IllegalArgumentException("not an event: " + text(assignment.getEvent()));
            }
            LocalDate when = date(assignment.getDate(), event.getName());
            // as for JSON cases: an event cannot lie after the date of the case, except a surrender date agreed ahead
            if (when.isAfter(date) && !event.getName().equals("surrender.new-date")) {
                throw new IllegalArgumentException(event.getName() + " (" + when + ") is dated after the case date " + date);
            }
            if (events.put(event.getName(), when) != null) {
                throw new IllegalArgumentException(event.getName() + " is given twice");
            }
        }
        String id = test.getName();
        return new LegalCase(id, modality, purpose, requesting, requested, date, facts, events);
    }

    /** A written value typed as the fact declares it, as the JSON case reader types JSON values. */
    private static Object value(Fact fact, Value value, String requesting, String requested) {
        ValueType type = ValueType.elementOf(fact);
        if (ValueType.isSet(fact)) {
            if (!(value instanceof SetValue set)) {
                throw new IllegalArgumentException(fact.getName() + " is a set: write {a, b}");
            }
            Set<String> items = new LinkedHashSet<>();
            for (Value item : set.getItems()) {
                Object single = single(fact, type, item, requesting, requested);
                if (!(single instanceof String text)) {
                    throw new IllegalArgumentException(fact.getName() + ": a set holds names, states or texts");
                }
                items.add(text);
            }
            return items;
        }
        return single(fact, type, value, requesting, requested);
    }

    private static Object single(Fact fact, ValueType type, Value value, String requesting, String requested) {
        String name = fact.getName();
        switch (type) {
            case BOOLEAN:
                if (value instanceof BooleanValue b) {
                    return "true".equals(b.getValue());
                }
                break;
            case NUMBER:
                if (value instanceof AmountValue amount && amount.getAmount() instanceof Quantity q && !Amounts.hasUnit(q)) {
                    return (long) q.getValue();
                }
                break;
            case DURATION:
                if (value instanceof AmountValue amount) {
                    if (amount.getAmount() instanceof LifeAmount) {
                        return Span.lifeSentence();
                    }
                    if (amount.getAmount() instanceof Quantity q && Amounts.hasUnit(q)) {
                        return Span.of(q.getValue(), switch (Amounts.unitOf(q)) {
                            case DAY, DAYS -> DurationUnit.DAYS;
                            case MONTH, MONTHS -> DurationUnit.MONTHS;
                            case YEAR, YEARS -> DurationUnit.YEARS;
                        });
                    }
                }
                break;
            case DATE:
                if (value instanceof DateValue d) {
                    return date(d.getValue(), name);
                }
                break;
            case STATE:
                if (value instanceof NameValue n) {
                    return n.getValue();
                }
                if (value instanceof RoleValue r) {
                    return r.getRole().getLiteral().equals("requesting") ? requesting : requested;
                }
                break;
            case ENUMERATION:
                String literal = value instanceof NameValue n ? n.getValue() : value instanceof TextValue t ? t.getValue() : null;
                if (literal != null && fact.getType().getLiterals().stream().anyMatch(l -> literal.equals(l.getName()))) {
                    return literal;
                }
                break;
            case TEXT:
                if (value instanceof TextValue t) {
                    return t.getValue();
                }
                if (value instanceof NameValue n) {
                    return n.getValue();
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException(name + ": the value does not have the fact's type ("
                + type.name().toLowerCase(Locale.ROOT) + ")");
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + ": not a date: " + text);
        }
    }

    // ------------------------------------------------------------------ expectations

    /** Null when the expectation holds, else what was expected and what the decision said. */
    private static String check(Expectation expectation, Decision decision) {
        if (expectation instanceof OutcomeExpectation e) {
            String expected = e.getOutcome().getLiteral();
            String actual = decision.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return expected.equals(actual) ? null
                    : "expect outcome " + expected + ": the outcome is " + actual + " (" + decision.outcomeReason() + ")";
        }
        if (expectation instanceof GroundExpectation e) {
            String citation = e.getProvision().getName();
            String expected = e.getStatus().getLiteral();
            GroundResult ground = decision.grounds().stream().filter(g -> g.citation().equals(citation)).findFirst().orElse(null);
            if (ground == null) {
                return "expect ground " + citation + " " + expected + ": the ground was not examined (grounds examined: "
                        + (decision.grounds().isEmpty() ? "none" : decision.grounds().stream().map(GroundResult::citation)
                                .collect(Collectors.joining(", "))) + ")";
            }
            String actual = switch (ground.applies()) {
                case TRUE -> "applies";
                case FALSE -> "does-not-apply";
                case UNKNOWN -> "unknown";
            };
            return expected.equals(actual) ? null
                    : "expect ground " + citation + " " + expected + ": it " + (ground.applies() == Truth.UNKNOWN ? "is unknown"
                            : actual.equals("applies") ? "applies" : "does not apply") + " (" + state(ground.explanation()) + ")";
        }
        if (expectation instanceof ObligationExpectation e) {
            String action = e.getAction().getName();
            String citation = e.getProvision() == null ? null : e.getProvision().getName();
            LocalDate due = e.getDue() == null ? null : date(e.getDue(), "the due date");
            boolean found = decision.obligations().stream().anyMatch(o -> !o.negated() && o.modal().equals("shall") && o.action().equals(action)
                    && (citation == null || o.citation().equals(citation)) && (due == null || due.equals(o.due())));
            if (found) {
                return null;
            }
            return "expect obligation " + action + (citation == null ? "" : " by " + citation) + (due == null ? "" : " due " + due)
                    + ": the obligations are " + (decision.obligations().isEmpty() ? "none"
                            : decision.obligations().stream().map(TestRunner::describe).collect(Collectors.joining("; ")));
        }
        if (expectation instanceof BasisExpectation e) {
            List<String> expected = e.getInstruments().stream().map(ObligationCompiler::idOf).toList();
            List<String> actual = decision.legalBasis().stream().map(Basis::instrument).toList();
            return expected.equals(actual) ? null
                    : "expect basis " + expected.stream().map(TestRunner::label).collect(Collectors.joining(", ")) + ": "
                            + (actual.isEmpty() ? "there is no legal basis (" + decision.outcomeReason() + ")"
                                    : "the legal bases are " + bases(decision));
        }
        if (expectation instanceof MissingExpectation e) {
            List<String> absent = e.getFacts().stream().map(t -> t.getName()).filter(f -> !decision.missingFacts().contains(f)).toList();
            return absent.isEmpty() ? null
                    : "expect missing " + e.getFacts().stream().map(t -> t.getName()).collect(Collectors.joining(", "))
                            + ": not listed: " + String.join(", ", absent) + " (missing facts: "
                            + (decision.missingFacts().isEmpty() ? "none" : String.join(", ", decision.missingFacts())) + ")";
        }
        return "unsupported expectation " + expectation.eClass().getName();
    }

    /** The first sentence of a ground's explanation: what the facts say, without the provision's wording. */
    private static String state(String explanation) {
        int end = explanation.indexOf(". ");
        return end < 0 ? explanation : explanation.substring(0, end);
    }

    private static String describe(Obligation o) {
        return o.citation() + " " + o.modal() + (o.negated() ? " not " : " ") + o.action() + " (" + o.bearer()
                + (o.due() == null ? "" : ", due " + o.due()) + ")";
    }

    private static String bases(Decision decision) {
        return decision.legalBasis().stream().map(b -> label(b.instrument())
                + (b.applies() == Truth.TRUE ? "" : " (" + b.applies().label() + ")")).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ reporting helpers

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile("\\b([A-Za-z][A-Za-z0-9_]*) art ([0-9IVXLC][0-9A-Za-z().]*[0-9A-Za-z)])");

    /**
     * The provisions a test is about, as {@code Instrument art CIT, CIT}: those its expectations name, then those
     * the decision gives as the reason for its outcome; the instrument alone when neither names a provision.
     */
    private static List<String> cites(TestCase test, Decision decision) {
        Map<String, Set<String>> byInstrument = new java.util.LinkedHashMap<>();
        Instrument under = test.getRequest() == null ? null : test.getRequest().getInstrument();
        String instrument = under == null || under.eIsProxy() ? null : under.getName();
        for (Expectation expectation : test.getExpectations()) {
            Provision provision = expectation instanceof GroundExpectation g ? g.getProvision()
                    : expectation instanceof ObligationExpectation o ? o.getProvision() : null;
            if (provision != null && !provision.eIsProxy() && provision.getName() != null) {
                Instrument owner = org.eclipse.xtext.EcoreUtil2.getContainerOfType(provision, Instrument.class);
                String name = instrument != null ? instrument : owner == null ? "?" : owner.getName();
                byInstrument.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(provision.getName());
            }
        }
        if (decision != null && decision.outcomeReason() != null) {
            java.util.regex.Matcher matcher = CITATION.matcher(decision.outcomeReason());
            while (matcher.find()) {
                byInstrument.computeIfAbsent(matcher.group(1), k -> new LinkedHashSet<>()).add(matcher.group(2));
            }
        }
        List<String> result = new ArrayList<>();
        byInstrument.forEach((name, citations) -> result.add(name + " art " + String.join(", ", citations)));
        if (result.isEmpty()) {
            if (instrument != null) {
                result.add(instrument);
            } else if (decision != null) {
                decision.legalBasis().stream().findFirst().ifPresent(b -> result.add(label(b.instrument())));
            }
        }
        return List.copyOf(result);
    }

    private static String label(String id) {
        return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : id;
    }

    private static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? 1 : node.getStartLine();
    }

    private static String text(EObject object) {
        ICompositeNode node = object == null ? null : NodeModelUtils.getNode(object);
        return node == null ? String.valueOf(object) : node.getText().strip();
    }
}
