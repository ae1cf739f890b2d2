// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether the drafter wrote an optional enumeration value. {@code eIsSet} cannot tell: an enumeration attribute
 * that holds its first literal ({@code kind model}, {@code 1 day}, {@code for extradition}) counts as unset.
 */
public final class Written {

    private Written() {
    }

    public static boolean isWritten(EObject object, EStructuralFeature feature) {
        if (object.eIsSet(feature)) {
            return true;
        }
        return NodeModelUtils.getNode(object) != null && !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
    }
}
