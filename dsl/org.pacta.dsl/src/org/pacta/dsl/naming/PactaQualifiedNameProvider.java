// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pacta.dsl.ast.AstPackage;
import org.pacta.dsl.ast.Literal;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.TestCase;
import org.pacta.dsl.ast.Term;

import com.google.inject.Inject;

/**
 * Names in the Xtext index. Vocabulary terms are global under the name they are written with
 * ({@code offence.political}), because cases and regional modules use those names without a package;
 * instruments are package-qualified. Provisions, literals and tests are not exported: citations are
 * resolved against a specific instrument (see {@code PactaScopeProvider}).
 */
public class PactaQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    @Inject
    private IQualifiedNameConverter converter;

    @Override
    public QualifiedName getFullyQualifiedName(EObject obj) {
        if (obj instanceof Term term) {
            return term.getName() == null ? null : converter.toQualifiedName(term.getName());
        }
        if (obj instanceof MembershipBlock block) {
            // exported so that checks can find who is bound by what without loading every file
            var nodes = NodeModelUtils.findNodesForFeature(block, AstPackage.Literals.MEMBERSHIP_BLOCK__INSTRUMENT);
            String target = nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
            return QualifiedName.create("membership-of", target);
        }
        if (obj instanceof Provision || obj instanceof Literal || obj instanceof TestCase) {
            return null;
        }
        return super.getFullyQualifiedName(obj);
    }
}
