// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.pacta.dsl.ast.PactaFile;

/**
 * Imports, plus the file's own package: a membership file in {@code package un.conventions} names
 * {@code UNTOC} without importing the package it is itself in, as Java does.
 */
public class PactaImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
        if (context instanceof PactaFile file && file.getName() != null && !file.getName().isEmpty()) {
            ImportNormalizer ownPackage = createImportedNamespaceResolver(file.getName() + ".*", ignoreCase);
            if (ownPackage != null) {
                resolvers = new java.util.ArrayList<>(resolvers);
                resolvers.add(ownPackage);
            }
        }
        return resolvers;
    }
}
