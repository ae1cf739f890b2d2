// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.semantics.Written;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.InstrumentKind;

/** The header of an instrument: what kind it is and, for a bilateral treaty, who its two parties are. */
public class InstrumentChecks extends PactaCheckBase {

    @Check
    public void kindIsStated(Instrument instrument) {
        if (!Written.isWritten(instrument, AST.getInstrument_Kind())) {
            error("Instrument " + instrument.getName() + " does not say its kind (model, convention, bilateral, scheme, domestic or arrangement)",
                    instrument, AST.getInstrument_Name(), IssueCodes.MISSING_KIND);
        }
    }

    @Check
    public void bilateralHasTwoParties(Instrument instrument) {
        if (instrument.getKind() == InstrumentKind.BILATERAL && Written.isWritten(instrument, AST.getInstrument_Kind())
                && instrument.getParties().size() != 2) {
            error("A bilateral instrument has exactly two parties; " + instrument.getName() + " lists "
                    + instrument.getParties().size(), instrument, AST.getInstrument_Name(), IssueCodes.BILATERAL_PARTIES);
        }
    }
}
