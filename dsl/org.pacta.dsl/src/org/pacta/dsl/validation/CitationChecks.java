// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.pacta.dsl.ast.Article;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.semantics.Citations;
import org.pacta.dsl.semantics.Derivation;

/** Citations are the stable keys of provisions: unique within an instrument and filed under their article. */
public class CitationChecks extends PactaCheckBase {

    @Check
    public void citationsAreUnique(Instrument instrument) {
        Map<String, Provision> seen = new HashMap<>();
        for (Provision provision : Derivation.ownProvisions(instrument)) {
            Provision first = seen.putIfAbsent(provision.getName(), provision);
            if (first != null) {
                error("Duplicate citation " + provision.getName() + " in " + instrument.getName(), provision,
                        AST.getProvision_Name(), IssueCodes.DUPLICATE_CITATION);
            }
        }
    }

    @Check
    public void ownProvisionDoesNotSilentlyShadowModel(Instrument instrument) {
        Instrument model = instrument.getModel();
        if (model == null || model.eIsProxy() || Derivation.isCyclic(instrument)) {
            return;
        }
        Map<String, Provision> inherited = Derivation.effectiveProvisions(model);
        for (Provision provision : Derivation.ownProvisions(instrument)) {
            if (inherited.containsKey(provision.getName())) {
                error("Provision " + provision.getName() + " is inherited from " + model.getName()
                        + ": write 'replace " + provision.getName() + " with …' to change it, or 'omit' it",
                        provision, AST.getProvision_Name(), IssueCodes.SHADOWED_CITATION);
            }
        }
    }

    @Check
    public void citationBelongsToItsArticle(Article article) {
        if (article.getNumber() == null) {
            return;
        }
        for (Provision provision : article.getProvisions()) {
            String articleOfCitation = Citations.articleOf(provision.getName());
            if (articleOfCitation != null && !articleOfCitation.equals(article.getNumber())) {
                warning("Provision " + provision.getName() + " is filed under article " + article.getNumber(),
                        provision, AST.getProvision_Name(), IssueCodes.CITATION_OUTSIDE_ARTICLE);
            }
        }
    }
}
