// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pacta.dsl.ast.Article;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.Member;
import org.pacta.dsl.ast.Omit;
import org.pacta.dsl.ast.Parameter;
import org.pacta.dsl.ast.ParameterFix;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.Replace;

/**
 * What an instrument contains once derivation is applied: its model's provisions, minus those it omits,
 * with those it replaces swapped, plus its own articles. Every walk is cycle-safe because a cyclic
 * derivation is reported by a check and must not hang the checks that run beside it.
 */
public final class Derivation {

    private Derivation() {
    }

    /** The models the instrument derives from, nearest first; stops at a cycle. */
    public static List<Instrument> ancestors(Instrument instrument) {
        List<Instrument> chain = new ArrayList<>();
        Set<Instrument> seen = new LinkedHashSet<>();
        seen.add(instrument);
        Instrument current = resolvedModel(instrument);
        while (current != null && seen.add(current)) {
            chain.add(current);
            current = resolvedModel(current);
        }
        return chain;
    }

    /** True when following {@code derives from} leads back to the instrument itself. */
    public static boolean isCyclic(Instrument instrument) {
        Set<Instrument> seen = new LinkedHashSet<>();
        Instrument current = resolvedModel(instrument);
        while (current != null) {
            if (current == instrument) {
                return true;
            }
            if (!seen.add(current)) {
                return false;
            }
            current = resolvedModel(current);
        }
        return false;
    }

    /** Provisions written in the instrument's own articles. */
    public static List<Provision> ownProvisions(Instrument instrument) {
        List<Provision> result = new ArrayList<>();
        for (Member member : instrument.getMembers()) {
            if (member instanceof Article article) {
                result.addAll(article.getProvisions());
            }
        }
        return result;
    }

    /**
     * The provisions in force in the instrument, keyed by citation, in reading order: inherited ones first
     * (as the model orders them), then the instrument's own articles.
     */
    public static Map<String, Provision> effectiveProvisions(Instrument instrument) {
        return effectiveProvisions(instrument, new LinkedHashSet<>());
    }

    private static Map<String, Provision> effectiveProvisions(Instrument instrument, Set<Instrument> visiting) {
        if (!visiting.add(instrument)) {
            return Collections.emptyMap();
        }
        Map<String, Provision> result = new LinkedHashMap<>();
        Instrument model = resolvedModel(instrument);
        if (model != null) {
            result.putAll(effectiveProvisions(model, visiting));
        }
        for (Member member : instrument.getMembers()) {
            if (member instanceof Omit omit) {
                for (Provision omitted : omit.getProvisions()) {
                    if (!omitted.eIsProxy()) {
                        result.remove(omitted.getName());
                    }
                }
            } else if (member instanceof Replace replace && replace.getReplacement() != null) {
                Provision replaced = replace.getProvision();
                String key = replaced != null && !replaced.eIsProxy() ? replaced.getName() : replace.getReplacement().getName();
                if (result.containsKey(key)) {
                    result.put(key, replace.getReplacement());
                } else {
                    result.put(replace.getReplacement().getName(), replace.getReplacement());
                }
            }
        }
        for (Provision own : ownProvisions(instrument)) {
            if (own.getName() != null) {
                result.put(own.getName(), own);
            }
        }
        visiting.remove(instrument);
        return result;
    }

    /** The instrument followed by its models, nearest first. */
    public static List<Instrument> lineage(Instrument instrument) {
        List<Instrument> lineage = new ArrayList<>();
        lineage.add(instrument);
        lineage.addAll(ancestors(instrument));
        return lineage;
    }

    /** Parameters declared by the instrument and its models, nearest declaration first. */
    public static List<Parameter> parameters(Instrument instrument) {
        List<Parameter> result = new ArrayList<>();
        for (Instrument each : lineage(instrument)) {
            for (Member member : each.getMembers()) {
                if (member instanceof Parameter parameter) {
                    result.add(parameter);
                }
            }
        }
        return result;
    }

    /** Parameters fixed by the instrument or one of its models. */
    public static Set<Parameter> fixedParameters(Instrument instrument) {
        Set<Parameter> fixed = new LinkedHashSet<>();
        for (Instrument each : lineage(instrument)) {
            for (Member member : each.getMembers()) {
                if (member instanceof ParameterFix fix && fix.getParameter() != null && !fix.getParameter().eIsProxy()) {
                    fixed.add(fix.getParameter());
                }
            }
        }
        return fixed;
    }

    private static Instrument resolvedModel(Instrument instrument) {
        Instrument model = instrument.getModel();
        return model == null || model.eIsProxy() ? null : model;
    }
}
