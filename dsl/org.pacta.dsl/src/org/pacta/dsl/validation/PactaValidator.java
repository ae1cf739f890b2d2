// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * Entry point of the static checks. It holds no check itself: each concern lives in its own class so that a
 * reader finds a rule by what it is about (see docs/language.md, "Static checks").
 */
@ComposedChecks(validators = {
        NamesAreUniqueValidator.class,
        InstrumentChecks.class,
        CitationChecks.class,
        DerivationChecks.class,
        ParameterChecks.class,
        ConditionTypeChecks.class,
        DeadlineChecks.class,
        NormConflictChecks.class,
        StateCodeChecks.class,
        VocabularyChecks.class,
        MembershipChecks.class,
        MinimumStandardChecks.class,
        CompletenessChecks.class,
        DateChecks.class })
public class PactaValidator extends AbstractPactaValidator {
}
