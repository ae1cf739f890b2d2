// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.semantics.Written;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.InstrumentKind;
import org.pacta.dsl.ast.Replace;
import org.pacta.dsl.semantics.Derivation;

/** {@code derives from}: acyclic, from a model, and replacements that keep the citation they replace. */
public class DerivationChecks extends PactaCheckBase {

    @Check
    public void derivationIsAcyclic(Instrument instrument) {
        if (Derivation.isCyclic(instrument)) {
            error("Cyclic derivation: " + instrument.getName() + " derives, directly or through its models, from itself",
                    instrument, AST.getInstrument_Model(), IssueCodes.CYCLIC_DERIVATION);
        }
    }

    @Check
    public void derivesFromAModel(Instrument instrument) {
        Instrument model = instrument.getModel();
        if (model != null && !model.eIsProxy() && Written.isWritten(model, AST.getInstrument_Kind())
                && model.getKind() != InstrumentKind.MODEL) {
            warning(instrument.getName() + " derives from " + model.getName() + ", which is a " + model.getKind()
                    + ", not a model", instrument, AST.getInstrument_Model(), IssueCodes.DERIVES_FROM_NON_MODEL);
        }
    }

    @Check
    public void replacementKeepsCitation(Replace replace) {
        if (replace.getProvision() == null || replace.getProvision().eIsProxy() || replace.getReplacement() == null) {
            return;
        }
        String replaced = replace.getProvision().getName();
        String replacement = replace.getReplacement().getName();
        if (replaced != null && !replaced.equals(replacement)) {
            error("Provision " + replaced + " is replaced by a provision cited " + replacement
                    + ": a replacement keeps the citation it replaces", replace.getReplacement(),
                    AST.getProvision_Name(), IssueCodes.REPLACEMENT_CITATION);
        }
    }
}
