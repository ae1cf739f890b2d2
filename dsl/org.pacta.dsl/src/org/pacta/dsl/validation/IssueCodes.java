// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

/** Stable identifiers of the static checks: used by quick fixes, SARIF rule ids and tests. */
public final class IssueCodes {

    private static final String PREFIX = "pacta.";

    public static final String MISSING_KIND = PREFIX + "missing-kind";
    public static final String BILATERAL_PARTIES = PREFIX + "bilateral-parties";
    public static final String DUPLICATE_CITATION = PREFIX + "duplicate-citation";
    public static final String SHADOWED_CITATION = PREFIX + "shadowed-citation";
    public static final String CITATION_OUTSIDE_ARTICLE = PREFIX + "citation-outside-article";
    public static final String CYCLIC_DERIVATION = PREFIX + "cyclic-derivation";
    public static final String DERIVES_FROM_NON_MODEL = PREFIX + "derives-from-non-model";
    public static final String REPLACEMENT_CITATION = PREFIX + "replacement-citation";
    public static final String UNFIXED_PARAMETER = PREFIX + "unfixed-parameter";
    public static final String PARAMETER_TYPE = PREFIX + "parameter-type";
    public static final String PARAMETER_OPTION = PREFIX + "parameter-option";
    public static final String NOT_A_FACT = PREFIX + "not-a-fact";
    public static final String TYPE_MISMATCH = PREFIX + "type-mismatch";
    public static final String UNIT_MISMATCH = PREFIX + "unit-mismatch";
    public static final String UNKNOWN_LITERAL = PREFIX + "unknown-literal";
    public static final String DEADLINE_NOT_EVENT = PREFIX + "deadline-not-event";
    public static final String NOT_AN_ACTION = PREFIX + "not-an-action";
    public static final String PERIOD_WITHOUT_UNIT = PREFIX + "period-without-unit";
    public static final String CONFLICTING_NORMS = PREFIX + "conflicting-norms";
    public static final String INVALID_STATE_CODE = PREFIX + "invalid-state-code";
    public static final String DUPLICATE_TERM = PREFIX + "duplicate-term";
    public static final String UNDOCUMENTED_TERM = PREFIX + "undocumented-term";
    public static final String DUPLICATE_PARTY = PREFIX + "duplicate-party";
    public static final String DATE_ORDER = PREFIX + "date-order";
    public static final String INVALID_DATE = PREFIX + "invalid-date";
    public static final String BELOW_MINIMUM_STANDARD = PREFIX + "below-minimum-standard";
    public static final String INCOMPLETE_DERIVATION = PREFIX + "incomplete-derivation";
    public static final String UNKNOWN_CLAIM = PREFIX + "unknown-claim";

    private IssueCodes() {
    }
}
