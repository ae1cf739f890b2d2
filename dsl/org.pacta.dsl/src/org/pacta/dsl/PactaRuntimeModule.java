// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl;

import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.pacta.dsl.naming.PactaQualifiedNameProvider;
import org.pacta.dsl.scoping.PactaLinkingDiagnosticMessageProvider;

/** Guice bindings of the Pacta language that differ from the generated defaults. */
public class PactaRuntimeModule extends AbstractPactaRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return PactaQualifiedNameProvider.class;
    }

    @Override
    public void configureIScopeProviderDelegate(com.google.inject.Binder binder) {
        binder.bind(org.eclipse.xtext.scoping.IScopeProvider.class)
                .annotatedWith(com.google.inject.name.Names.named(
                        org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(org.pacta.dsl.scoping.PactaImportedNamespaceScopeProvider.class);
    }

    public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
        return PactaLinkingDiagnosticMessageProvider.class;
    }
}
