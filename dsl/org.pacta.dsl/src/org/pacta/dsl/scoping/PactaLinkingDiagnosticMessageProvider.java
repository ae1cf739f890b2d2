// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.scoping;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.pacta.dsl.ast.AstPackage;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.MembershipBlock;

/** Unresolved names explained in the drafter's terms rather than the metamodel's. */
public class PactaLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    /** Issue code of every unresolved reference. */
    public static final String UNRESOLVED = "pacta.unresolved";

    private static final AstPackage AST = AstPackage.eINSTANCE;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String name = context.getLinkText();
        var reference = context.getReference();
        var type = reference.getEReferenceType();
        String message;
        if (type == AST.getProvision()) {
            message = provisionMessage(context, name);
        } else if (type == AST.getInstrument()) {
            message = "Unknown instrument '" + name + "': declare it or import its package";
        } else if (type == AST.getTerm()) {
            message = "Unknown fact, event or action '" + name + "': declare it in a vocabulary";
        } else if (type == AST.getParameter()) {
            message = "Unknown parameter '" + name + "': neither this instrument nor its model declares it";
        } else {
            return super.getUnresolvedProxyMessage(context);
        }
        return new DiagnosticMessage(message, Severity.ERROR, UNRESOLVED);
    }

    private static String provisionMessage(ILinkingDiagnosticContext context, String citation) {
        var reference = context.getReference();
        if (reference == AST.getOmit_Provisions() || reference == AST.getReplace_Provision()) {
            Instrument instrument = EcoreUtil2.getContainerOfType(context.getContext(), Instrument.class);
            Instrument model = instrument == null ? null : instrument.getModel();
            if (model == null || model.eIsProxy()) {
                return "Cannot " + (reference == AST.getOmit_Provisions() ? "omit" : "replace") + " provision "
                        + citation + ": '" + (instrument == null ? "?" : instrument.getName()) + "' derives from no model";
            }
            return "The model " + model.getName() + " has no provision " + citation;
        }
        MembershipBlock membership = EcoreUtil2.getContainerOfType(context.getContext(), MembershipBlock.class);
        if (membership != null && membership.getInstrument() != null && !membership.getInstrument().eIsProxy()) {
            return membership.getInstrument().getName() + " has no provision " + citation;
        }
        return "Unknown citation " + citation;
    }
}
