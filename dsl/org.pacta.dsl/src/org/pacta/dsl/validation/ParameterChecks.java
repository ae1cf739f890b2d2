// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.semantics.Written;
import org.pacta.dsl.ast.Amount;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.InstrumentKind;
import org.pacta.dsl.ast.Parameter;
import org.pacta.dsl.ast.ParameterFix;
import org.pacta.dsl.ast.ParameterType;
import org.pacta.dsl.semantics.Amounts;
import org.pacta.dsl.semantics.Derivation;

/**
 * The model treaties' bracketed options ({@code [one/two] year(s)}) are parameters: a model may leave them open,
 * a concrete treaty must fix each one, with a value of the right kind.
 */
public class ParameterChecks extends PactaCheckBase {

    @Check
    public void concreteInstrumentFixesEveryParameter(Instrument instrument) {
        if (!Written.isWritten(instrument, AST.getInstrument_Kind()) || instrument.getKind() == InstrumentKind.MODEL) {
            return;
        }
        Set<Parameter> fixed = Derivation.fixedParameters(instrument);
        for (Parameter parameter : Derivation.parameters(instrument)) {
            if (!fixed.contains(parameter)) {
                Instrument owner = (Instrument) parameter.eContainer();
                error("Parameter " + parameter.getName() + " of " + owner.getName() + " is not fixed: a "
                        + instrument.getKind() + " instrument must say 'fix " + parameter.getName() + " = …'"
                        + options(parameter), instrument, AST.getInstrument_Name(), IssueCodes.UNFIXED_PARAMETER);
            }
        }
    }

    @Check
    public void fixedValueMatchesParameter(ParameterFix fix) {
        Parameter parameter = fix.getParameter();
        if (parameter == null || parameter.eIsProxy() || fix.getValue() == null) {
            return;
        }
        boolean isDuration = Amounts.isDuration(fix.getValue());
        if (isDuration != (parameter.getType() == ParameterType.DURATION)) {
            error("Parameter " + parameter.getName() + " is a " + parameter.getType() + ": "
                    + (isDuration ? "drop the unit" : "give a unit (days, months or years)"), fix,
                    AST.getParameterFix_Value(), IssueCodes.PARAMETER_TYPE);
            return;
        }
        if (!parameter.getOptions().isEmpty()
                && parameter.getOptions().stream().noneMatch(option -> Amounts.sameAmount(option, fix.getValue()))) {
            warning("Parameter " + parameter.getName() + " is fixed outside the model's options" + options(parameter),
                    fix, AST.getParameterFix_Value(), IssueCodes.PARAMETER_OPTION);
        }
    }

    private static String options(Parameter parameter) {
        if (parameter.getOptions().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (options: ");
        for (Amount option : parameter.getOptions()) {
            if (text.length() > 11) {
                text.append(", ");
            }
            text.append(Amounts.render(option));
        }
        return text.append(')').toString();
    }

}
