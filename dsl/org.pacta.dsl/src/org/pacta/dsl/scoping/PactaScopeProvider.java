// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.scoping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.pacta.dsl.ast.AstPackage;
import org.pacta.dsl.ast.Expectation;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.PactaFile;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.TestCase;
import org.pacta.dsl.semantics.Derivation;

import com.google.inject.Inject;

/**
 * Citations ({@code 4(a)}, {@code 17.3}) are only meaningful relative to an instrument, so each reference to a
 * provision is scoped to the instrument the context names: the model for {@code omit}/{@code replace}, the
 * instrument of a membership block for reservations, the instrument under test for expectations. Parameters
 * resolve along the derivation chain. Everything else uses the default import-aware scoping.
 */
public class PactaScopeProvider extends AbstractPactaScopeProvider {

    private static final AstPackage AST = AstPackage.eINSTANCE;

    @Inject
    private IQualifiedNameConverter converter;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference.getEReferenceType() == AST.getProvision()) {
            return provisionScope(context, reference);
        }
        if (reference.getEReferenceType() == AST.getParameter()) {
            Instrument instrument = EcoreUtil2.getContainerOfType(context, Instrument.class);
            return instrument == null ? IScope.NULLSCOPE : Scopes.scopeFor(Derivation.parameters(instrument));
        }
        return super.getScope(context, reference);
    }

    private IScope provisionScope(EObject context, EReference reference) {
        if (reference == AST.getOmit_Provisions() || reference == AST.getReplace_Provision()) {
            Instrument instrument = EcoreUtil2.getContainerOfType(context, Instrument.class);
            Instrument model = instrument == null ? null : instrument.getModel();
            return model == null || model.eIsProxy() ? IScope.NULLSCOPE : citations(Derivation.effectiveProvisions(model).values());
        }
        MembershipBlock membership = EcoreUtil2.getContainerOfType(context, MembershipBlock.class);
        if (membership != null) {
            Instrument instrument = membership.getInstrument();
            return instrument == null || instrument.eIsProxy() ? IScope.NULLSCOPE
                    : citations(Derivation.effectiveProvisions(instrument).values());
        }
        if (EcoreUtil2.getContainerOfType(context, Expectation.class) != null) {
            return citations(provisionsUnderTest(EcoreUtil2.getContainerOfType(context, TestCase.class)));
        }
        Instrument instrument = EcoreUtil2.getContainerOfType(context, Instrument.class);
        return instrument == null ? IScope.NULLSCOPE : citations(Derivation.effectiveProvisions(instrument).values());
    }

    /** The named instrument's provisions, or those of every instrument in the file when none is named. */
    private static Collection<Provision> provisionsUnderTest(TestCase test) {
        if (test == null) {
            return List.of();
        }
        Instrument under = test.getRequest() == null ? null : test.getRequest().getInstrument();
        if (under != null && !under.eIsProxy()) {
            return Derivation.effectiveProvisions(under).values();
        }
        List<Provision> all = new ArrayList<>();
        PactaFile file = EcoreUtil2.getContainerOfType(test, PactaFile.class);
        for (Instrument instrument : EcoreUtil2.typeSelect(file.getElements(), Instrument.class)) {
            all.addAll(Derivation.effectiveProvisions(instrument).values());
        }
        return all;
    }

    private IScope citations(Iterable<Provision> provisions) {
        return Scopes.scopeFor(provisions, p -> p.getName() == null ? null : converter.toQualifiedName(p.getName()),
                IScope.NULLSCOPE);
    }
}
