// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.Ground;
import org.pacta.dsl.ast.Literal;
import org.pacta.dsl.ast.NotAGround;
import org.pacta.dsl.ast.Term;

import com.google.inject.Inject;

/**
 * Vocabulary names are global, so they must be unique across every loaded file and module; each is documented
 * because the editor shows the documentation; refusal claims are values of {@code refusal.claimed}.
 */
public class VocabularyChecks extends PactaCheckBase {

    /** The fact whose literals name the grounds a requested state may claim (DESIGN.md, core vocabulary). */
    public static final String CLAIMS_FACT = "refusal.claimed";

    @Inject
    private IndexLookup index;

    @Inject
    private IQualifiedNameConverter converter;

    @Check
    public void termNameIsGloballyUnique(Term term) {
        if (term.getName() == null) {
            return;
        }
        List<IEObjectDescription> same = index.visible(term, AST.getTerm(), converter.toQualifiedName(term.getName()));
        var self = EcoreUtil.getURI(term);
        for (IEObjectDescription other : same) {
            if (!other.getEObjectURI().equals(self)) {
                error("'" + term.getName() + "' is already declared in " + other.getEObjectURI().trimFragment().lastSegment(),
                        term, AST.getTerm_Name(), IssueCodes.DUPLICATE_TERM);
                return;
            }
        }
    }

    @Check
    public void termIsDocumented(Term term) {
        if (term.getDoc() == null || term.getDoc().isBlank()) {
            warning("'" + term.getName() + "' has no documentation: add a string saying what it means", term,
                    AST.getTerm_Name(), IssueCodes.UNDOCUMENTED_TERM);
        }
    }

    @Check
    public void literalsAreUnique(Fact fact) {
        if (fact.getType() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Literal literal : fact.getType().getLiterals()) {
            if (!seen.add(literal.getName())) {
                error("'" + literal.getName() + "' is listed twice", literal, AST.getLiteral_Name(), IssueCodes.UNKNOWN_LITERAL);
            }
        }
    }

    @Check
    public void groundClaimIsKnown(Ground ground) {
        if (ground.getClaim() != null) {
            checkClaim(ground.getClaim(), ground, AST.getGround_Claim());
        }
    }

    @Check
    public void notAGroundClaimIsKnown(NotAGround clause) {
        checkClaim(clause.getClaim(), clause, AST.getNotAGround_Claim());
    }

    private void checkClaim(String claim, EObject owner, EStructuralFeature feature) {
        List<IEObjectDescription> found = index.visible(owner, AST.getTerm(), converter.toQualifiedName(CLAIMS_FACT));
        if (found.isEmpty()) {
            return;
        }
        EObject resolved = index.resolve(owner, found.get(0));
        if (resolved instanceof Fact fact && fact.getType() != null
                && fact.getType().getLiterals().stream().noneMatch(l -> l.getName().equals(claim))) {
            warning("'" + claim + "' is not a value of " + CLAIMS_FACT + ": add it to the vocabulary so that cases can claim it",
                    owner, feature, IssueCodes.UNKNOWN_CLAIM);
        }
    }
}
