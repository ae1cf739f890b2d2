// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pacta.dsl.scoping.PactaLinkingDiagnosticMessageProvider;

/**
 * The static checks as reports describe them (SARIF rules, help text): one entry per issue code, saying what the
 * check finds and how a drafter fixes it.
 */
public final class CheckCatalog {

    /** A check as a report names it. */
    public record Rule(String id, String title, String help) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        add(PactaLinkingDiagnosticMessageProvider.UNRESOLVED, "Unresolved name",
                "An instrument, citation, fact, event, action or parameter does not resolve. Declare it, import its package, or correct the citation.");
        add("org.eclipse.xtext.diagnostics.Diagnostic.Syntax", "Syntax error",
                "The text does not follow the Pacta grammar; see docs/language.md.");
        add("pacta.invalid-encoding", "Invalid encoding", "Save the file as UTF-8.");
        add(IssueCodes.MISSING_KIND, "Instrument kind missing",
                "Say whether the instrument is a model, convention, bilateral, scheme, domestic or arrangement.");
        add(IssueCodes.BILATERAL_PARTIES, "Bilateral instrument without two parties", "List exactly two parties.");
        add(IssueCodes.DUPLICATE_CITATION, "Duplicate citation", "Give each provision of an instrument its own citation.");
        add(IssueCodes.SHADOWED_CITATION, "Inherited citation re-declared",
                "Use 'replace CIT with …' or 'omit CIT' to change a provision inherited from the model.");
        add(IssueCodes.CITATION_OUTSIDE_ARTICLE, "Citation outside its article", "File the provision under the article its citation names.");
        add(IssueCodes.CYCLIC_DERIVATION, "Cyclic derivation", "An instrument cannot derive, directly or indirectly, from itself.");
        add(IssueCodes.DERIVES_FROM_NON_MODEL, "Derivation from a non-model", "Derive from a model treaty.");
        add(IssueCodes.REPLACEMENT_CITATION, "Replacement under another citation", "A replacement keeps the citation it replaces.");
        add(IssueCodes.UNFIXED_PARAMETER, "Unfixed drafting option",
                "A concrete treaty fixes every bracketed option of its model: 'fix NAME = VALUE'.");
        add(IssueCodes.PARAMETER_TYPE, "Parameter value of the wrong kind", "Give a duration with a unit, or a number without one, as the parameter declares.");
        add(IssueCodes.PARAMETER_OPTION, "Parameter outside the model's options", "Check the value against the options the model offers.");
        add(IssueCodes.NOT_A_FACT, "Event or action used as a fact", "Conditions test facts; events have dates and actions are what duties require.");
        add(IssueCodes.TYPE_MISMATCH, "Type mismatch", "Compare a fact with a value of its type (see the fact's declaration).");
        add(IssueCodes.UNIT_MISMATCH, "Unit mismatch", "Durations take a unit (days, months, years); numbers do not.");
        add(IssueCodes.UNKNOWN_LITERAL, "Unknown enumeration value", "Use one of the values the fact declares.");
        add(IssueCodes.DEADLINE_NOT_EVENT, "Time limit not counted from an event", "Count a time limit from a declared event.");
        add(IssueCodes.NOT_AN_ACTION, "Duty without an action", "A duty names an action of the vocabulary.");
        add(IssueCodes.PERIOD_WITHOUT_UNIT, "Period without unit", "Write the period with days, months or years.");
        add(IssueCodes.CONFLICTING_NORMS, "Shall and shall not together",
                "Two norms oblige and forbid the same action to the same bearer under conditions that can both hold; narrow one condition.");
        add(IssueCodes.INVALID_STATE_CODE, "Invalid state code", "Write states as ISO 3166-1 alpha-2 codes (GB, not UK).");
        add(IssueCodes.DUPLICATE_TERM, "Vocabulary name declared twice", "Vocabulary names are global; regional modules use a prefix (eaw., caricom., cis.).");
        add(IssueCodes.UNDOCUMENTED_TERM, "Undocumented vocabulary name", "Add a documentation string: the editor shows it.");
        add(IssueCodes.UNKNOWN_CLAIM, "Unknown refusal claim", "Claims are values of refusal.claimed; add the value to the vocabulary.");
        add(IssueCodes.DUPLICATE_PARTY, "State listed twice", "List each state once in a membership block.");
        add(IssueCodes.DATE_ORDER, "Dates out of order", "Signature, consent to be bound, entry into force and withdrawal follow each other.");
        add(IssueCodes.INVALID_DATE, "Date that does not exist", "Correct the date.");
        add(IssueCodes.BELOW_MINIMUM_STANDARD, "Below a convention's minimum standard",
                "Both parties are bound by a convention that excludes this ground for refusal (e.g. UNTOC art 18(8), bank secrecy); drop or narrow the ground.");
        add(IssueCodes.INCOMPLETE_DERIVATION, "Essential provision omitted",
                "The model marks this provision essential (e.g. the rule of speciality); keep it or replace it.");
    }

    private CheckCatalog() {
    }

    private static void add(String id, String title, String help) {
        RULES.put(id, new Rule(id, title, help));
    }

    /** The rule for an issue code; unknown codes get a generic entry rather than none. */
    public static Rule rule(String code) {
        return RULES.getOrDefault(code, new Rule(code, code, "See docs/language.md."));
    }

    public static Map<String, Rule> all() {
        return java.util.Collections.unmodifiableMap(RULES);
    }
}
