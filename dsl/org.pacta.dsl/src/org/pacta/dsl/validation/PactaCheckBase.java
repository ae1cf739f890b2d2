// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.pacta.dsl.ast.AstPackage;

/**
 * Base of the checks composed into {@link PactaValidator}. Each subclass holds the checks of one concern; they are
 * stateless and registered only through the composition, never on their own.
 */
public abstract class PactaCheckBase extends AbstractDeclarativeValidator {

    protected static final AstPackage AST = AstPackage.eINSTANCE;

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(AstPackage.eINSTANCE);
    }

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into PactaValidator
    }
}
