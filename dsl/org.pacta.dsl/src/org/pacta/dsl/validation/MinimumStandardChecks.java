// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.semantics.Written;
import org.pacta.dsl.ast.Ground;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.InstrumentKind;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.NotAGround;
import org.pacta.dsl.ast.PartyStatus;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.semantics.Citations;
import org.pacta.dsl.semantics.Derivation;

import com.google.inject.Inject;

/**
 * A bilateral treaty may not fall below the minimum standard of a convention binding both its parties: if the
 * convention says a reason is not a ground for refusal (UNTOC art 18(8): bank secrecy; art 16(15): fiscal
 * matters), a treaty between two of its parties that keeps that ground is flagged, citing the convention.
 */
public class MinimumStandardChecks extends PactaCheckBase {

    @Inject
    private IndexLookup index;

    @Check
    public void bilateralKeepsConventionMinimum(Instrument treaty) {
        if (treaty.getKind() != InstrumentKind.BILATERAL || treaty.getParties().size() != 2 || Derivation.isCyclic(treaty)) {
            return;
        }
        Collection<Provision> provisions = Derivation.effectiveProvisions(treaty).values();
        for (IEObjectDescription description : index.visible(treaty, AST.getMembershipBlock())) {
            EObject resolved = index.resolve(treaty, description);
            if (!(resolved instanceof MembershipBlock block) || block.getInstrument() == null
                    || block.getInstrument().eIsProxy() || block.getInstrument() == treaty
                    || !bindsBoth(block, treaty.getParties().get(0), treaty.getParties().get(1))) {
                continue;
            }
            Instrument convention = block.getInstrument();
            Set<Provision> displacedByTreaty = subsidiaryProvisions(convention, treaty);
            for (Provision standard : Derivation.effectiveProvisions(convention).values()) {
                if (standard instanceof NotAGround notAGround && !displacedByTreaty.contains(standard)) {
                    checkAgainst(treaty, provisions, convention, notAGround);
                }
            }
        }
    }

    private void checkAgainst(Instrument treaty, Collection<Provision> provisions, Instrument convention,
            NotAGround standard) {
        if (Written.isWritten(standard, AST.getNotAGround_Modality()) && !treaty.getModalities().contains(standard.getModality())) {
            return;
        }
        for (Provision provision : provisions) {
            if (provision instanceof Ground ground && standard.getClaim().equals(ground.getClaim())) {
                String message = treaty.getParties().get(0) + " and " + treaty.getParties().get(1) + " are both parties to "
                        + convention.getName() + ": " + standard.getClaim() + " is not a ground for refusing "
                        + (Written.isWritten(standard, AST.getNotAGround_Modality()) ? standard.getModality().getLiteral() : "cooperation")
                        + " between them (" + convention.getName() + " " + Citations.display(standard.getName())
                        + "), yet ground " + ground.getName() + " keeps it";
                if (EcoreUtil2.getContainerOfType(ground, Instrument.class) == treaty) {
                    warning(message, ground, AST.getProvision_Name(), IssueCodes.BELOW_MINIMUM_STANDARD);
                } else {
                    warning(message + " (inherited from the model)", treaty, AST.getInstrument_Name(),
                            IssueCodes.BELOW_MINIMUM_STANDARD);
                }
            }
        }
    }

    /**
     * Provisions of the convention that apply only where no treaty of the checked treaty's modality binds the
     * parties (UNTOC art 18(7)): the checked treaty itself displaces them, so they set no minimum for it.
     */
    private static Set<Provision> subsidiaryProvisions(Instrument convention, Instrument treaty) {
        Set<Provision> result = new HashSet<>();
        for (Provision provision : Derivation.effectiveProvisions(convention).values()) {
            if (provision instanceof org.pacta.dsl.ast.Precedence precedence
                    && precedence.getRule() instanceof org.pacta.dsl.ast.Subsidiary subsidiary
                    && treaty.getModalities().contains(subsidiary.getModality())) {
                result.addAll(subsidiary.getProvisions());
            }
        }
        return result;
    }

    private static boolean bindsBoth(MembershipBlock block, String a, String b) {
        Set<String> states = new HashSet<>();
        for (PartyStatus party : block.getParties()) {
            if (party.getWithdrawn() == null) {
                states.add(party.getState());
            }
        }
        return states.contains(a) && states.contains(b);
    }
}
