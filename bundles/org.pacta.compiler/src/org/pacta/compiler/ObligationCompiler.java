// SPDX-License-Identifier: EPL-2.0
package org.pacta.compiler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.pacta.dsl.ast.Amount;
import org.pacta.dsl.ast.Article;
import org.pacta.dsl.ast.Declaration;
import org.pacta.dsl.ast.Element;
import org.pacta.dsl.ast.Fact;
import org.pacta.dsl.ast.Instrument;
import org.pacta.dsl.ast.Literal;
import org.pacta.dsl.ast.MembershipBlock;
import org.pacta.dsl.ast.Member;
import org.pacta.dsl.ast.Modification;
import org.pacta.dsl.ast.PactaFile;
import org.pacta.dsl.ast.Parameter;
import org.pacta.dsl.ast.ParameterFix;
import org.pacta.dsl.ast.PartyStatus;
import org.pacta.dsl.ast.Provision;
import org.pacta.dsl.ast.Reservation;
import org.pacta.dsl.ast.Term;
import org.pacta.dsl.ast.Verification;
import org.pacta.dsl.ast.Vocabulary;
import org.pacta.dsl.semantics.Citations;
import org.pacta.dsl.semantics.Derivation;
import org.pacta.dsl.semantics.ValueType;
import org.pacta.dsl.semantics.Written;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.ParameterType;
import org.pacta.model.VerificationStatus;

/**
 * Compiles parsed Pacta files into one obligation network. Each instrument is flattened: a derived treaty holds
 * the provisions in force for it (its model's, minus omissions, with replacements), its parameters carry the
 * value it fixes, and conditions are normalised. The output depends only on the input text: instruments,
 * vocabularies, memberships and states are sorted, so the same sources give byte-identical XMI.
 */
public final class ObligationCompiler {

    private static final ObligationsFactory F = ObligationsFactory.eINSTANCE;

    private final Map<Instrument, org.pacta.model.Instrument> shells = new HashMap<>();

    /** Compiles the given files, which must have been linked (no unresolved references). */
    public Network compile(List<PactaFile> files) {
        Network network = F.createNetwork();
        List<Instrument> instruments = new ArrayList<>();
        List<Vocabulary> vocabularies = new ArrayList<>();
        List<MembershipBlock> memberships = new ArrayList<>();
        for (PactaFile file : files) {
            for (Element element : file.getElements()) {
                if (element instanceof Instrument i) {
                    instruments.add(i);
                } else if (element instanceof Vocabulary v) {
                    vocabularies.add(v);
                } else if (element instanceof MembershipBlock m) {
                    memberships.add(m);
                }
            }
        }
        instruments.sort(Comparator.comparing(ObligationCompiler::idOf));
        for (Instrument instrument : instruments) {
            org.pacta.model.Instrument shell = F.createInstrument();
            shell.setId(idOf(instrument));
            shells.put(instrument, shell);
            network.getInstruments().add(shell);
        }
        for (Instrument instrument : instruments) {
            fill(instrument, shells.get(instrument));
        }
        vocabularies.sort(Comparator.comparing(v -> String.valueOf(v.getName())));
        vocabularies.forEach(v -> network.getVocabularies().add(vocabulary(v)));
        memberships.sort(Comparator.comparing(m -> idOf(m.getInstrument())));
        Map<String, String> stateNames = new TreeMap<>();
        for (MembershipBlock block : memberships) {
            network.getMemberships().add(membership(block, stateNames));
        }
        for (Instrument instrument : instruments) {
            instrument.getParties().forEach(code -> stateNames.putIfAbsent(code, null));
        }
        stateNames.forEach((code, name) -> {
            org.pacta.model.State state = F.createState();
            state.setCode(code);
            state.setName(name);
            network.getStates().add(state);
        });
        return network;
    }

    /** The package-qualified name by which cases and other instruments refer to an instrument. */
    public static String idOf(Instrument instrument) {
        EObject root = instrument.eContainer();
        String pkg = root instanceof PactaFile file ? file.getName() : null;
        return pkg == null || pkg.isEmpty() ? instrument.getName() : pkg + "." + instrument.getName();
    }

    private void fill(Instrument source, org.pacta.model.Instrument target) {
        target.setTitle(source.getTitle());
        if (Written.isWritten(source, org.pacta.dsl.ast.AstPackage.Literals.INSTRUMENT__KIND)) {
            target.setKind(InstrumentKind.valueOf(source.getKind().name()));
        }
        source.getModalities().forEach(m -> target.getModalities().add(modality(m)));
        target.getParties().addAll(source.getParties());
        target.setAdopted(date(source.getAdopted()));
        target.setAdoptedBy(source.getAdoptedBy());
        target.setSigned(date(source.getSigned()));
        target.setInForce(date(source.getInForce()));
        target.setSource(source.getSource());
        target.setVerification(verification(source.getVerification()));
        if (source.getModel() != null && !source.getModel().eIsProxy()) {
            target.setDerivedFrom(shells.get(source.getModel()));
        }
        Map<Parameter, Amount> fixed = fixedValues(source);
        Map<Parameter, org.pacta.model.Parameter> parameters = new LinkedHashMap<>();
        ConditionCompiler conditions = new ConditionCompiler(fixed, parameters);
        for (Parameter parameter : Derivation.parameters(source)) {
            org.pacta.model.Parameter compiled = F.createParameter();
            compiled.setName(parameter.getName());
            compiled.setType(ParameterType.valueOf(parameter.getType().name()));
            compiled.setDocumentation(parameter.getDoc());
            compiled.setVerification(verification(parameter.getVerification()));
            parameters.put(parameter, compiled);
            target.getParameters().add(compiled);
        }
        for (Map.Entry<Parameter, org.pacta.model.Parameter> entry : parameters.entrySet()) {
            for (Amount option : entry.getKey().getOptions()) {
                entry.getValue().getOptions().add(amountValue(conditions, option));
            }
            if (fixed.containsKey(entry.getKey())) {
                entry.getValue().setFixedValue(amountValue(conditions, fixed.get(entry.getKey())));
            }
        }
        ProvisionCompiler provisions = new ProvisionCompiler(conditions, shells);
        Map<String, org.pacta.model.Article> articles = new LinkedHashMap<>();
        for (Provision provision : Derivation.effectiveProvisions(source).values()) {
            String number = articleNumber(provision);
            org.pacta.model.Article article = articles.computeIfAbsent(number, n -> {
                org.pacta.model.Article created = F.createArticle();
                created.setNumber(n);
                created.setTitle(articleTitle(provision));
                Article sourceArticle = org.eclipse.xtext.EcoreUtil2.getContainerOfType(provision, Article.class);
                if (sourceArticle != null && Written.isWritten(sourceArticle, org.pacta.dsl.ast.AstPackage.Literals.ARTICLE__MODALITY)) {
                    created.setModality(modality(sourceArticle.getModality()));
                }
                return created;
            });
            article.getProvisions().add(provisions.provision(provision));
        }
        target.getArticles().addAll(articles.values());
        provisions.linkSubsidiaryProvisions(target);
    }

    private static org.pacta.model.Value amountValue(ConditionCompiler conditions, Amount amount) {
        org.pacta.model.DurationValue value = F.createDurationValue();
        value.setDuration(conditions.duration(amount));
        if (value.getDuration().getUnit() != null && amount instanceof org.pacta.dsl.ast.Quantity q
                && !org.pacta.dsl.semantics.Amounts.hasUnit(q)) {
            org.pacta.model.NumberValue number = F.createNumberValue();
            number.setValue(q.getValue());
            return number;
        }
        return value;
    }

    /** Values fixed along the derivation chain; the nearest instrument's fix wins. */
    private static Map<Parameter, Amount> fixedValues(Instrument instrument) {
        Map<Parameter, Amount> fixed = new HashMap<>();
        for (Instrument each : Derivation.lineage(instrument)) {
            for (Member member : each.getMembers()) {
                if (member instanceof ParameterFix fix && fix.getParameter() != null && !fix.getParameter().eIsProxy()) {
                    fixed.putIfAbsent(fix.getParameter(), fix.getValue());
                }
            }
        }
        return fixed;
    }

    private static String articleNumber(Provision provision) {
        Article article = org.eclipse.xtext.EcoreUtil2.getContainerOfType(provision, Article.class);
        return article != null ? article.getNumber() : Citations.articleOf(provision.getName());
    }

    private static String articleTitle(Provision provision) {
        Article article = org.eclipse.xtext.EcoreUtil2.getContainerOfType(provision, Article.class);
        return article == null ? null : article.getTitle();
    }

    private org.pacta.model.Vocabulary vocabulary(Vocabulary source) {
        org.pacta.model.Vocabulary target = F.createVocabulary();
        target.setName(source.getName());
        target.setDocumentation(source.getDoc());
        for (Term term : source.getTerms()) {
            org.pacta.model.Term compiled;
            if (term instanceof Fact fact) {
                org.pacta.model.Fact f = F.createFact();
                f.setSetValued(ValueType.isSet(fact));
                if (fact.getType() != null && fact.getType().getLiterals().isEmpty()) {
                    f.setBaseType(org.pacta.model.BaseType.valueOf(fact.getType().getBase().name()));
                }
                if (fact.getType() != null) {
                    for (Literal literal : fact.getType().getLiterals()) {
                        org.pacta.model.FactLiteral l = F.createFactLiteral();
                        l.setName(literal.getName());
                        l.setDocumentation(literal.getDoc());
                        f.getLiterals().add(l);
                    }
                }
                f.setVerification(verification(fact.getVerification()));
                compiled = f;
            } else if (term instanceof org.pacta.dsl.ast.Event) {
                compiled = F.createEvent();
            } else {
                compiled = F.createAction();
            }
            compiled.setName(term.getName());
            compiled.setDocumentation(term.getDoc());
            target.getTerms().add(compiled);
        }
        return target;
    }

    private org.pacta.model.Membership membership(MembershipBlock source, Map<String, String> stateNames) {
        org.pacta.model.Membership target = F.createMembership();
        org.pacta.model.Instrument instrument = shells.get(source.getInstrument());
        target.setInstrument(instrument);
        target.setSource(source.getSource());
        Map<Parameter, Amount> fixed = fixedValues(source.getInstrument());
        ProvisionCompiler provisions = new ProvisionCompiler(new ConditionCompiler(fixed, new HashMap<>()), shells);
        for (PartyStatus party : source.getParties()) {
            org.pacta.model.Party p = F.createParty();
            p.setState(party.getState());
            p.setName(party.getName());
            stateNames.merge(party.getState(), party.getName() == null ? "" : party.getName(),
                    (old, now) -> old == null || old.isEmpty() ? now : old);
            p.setSigned(date(party.getSigned()));
            if (party.getConsentDate() != null) {
                p.setConsent(org.pacta.model.ConsentKind.valueOf(party.getConsent().name()));
                p.setConsentDate(date(party.getConsentDate()));
            }
            p.setInForce(date(party.getInForce()));
            p.setInForceUnknown(party.isInForceUnknown());
            p.setWithdrawn(date(party.getWithdrawn()));
            p.setVerification(verification(party.getVerification()));
            for (Modification modification : party.getModifications()) {
                if (modification instanceof Reservation reservation) {
                    org.pacta.model.Reservation r = F.createReservation();
                    r.setProvision(provisionIn(instrument, reservation.getProvision()));
                    r.setExcluded(reservation.isExcluded());
                    if (reservation.getReplacement() != null) {
                        r.setReplacement(provisions.provision(reservation.getReplacement()));
                    }
                    r.setText(reservation.getText());
                    r.setVerification(verification(reservation.getVerification()));
                    p.getReservations().add(r);
                } else {
                    Declaration declaration = (Declaration) modification;
                    org.pacta.model.Declaration d = F.createDeclaration();
                    d.setProvision(provisionIn(instrument, declaration.getProvision()));
                    if (declaration.getFact() != null) {
                        d.setFact(declaration.getFact().getName());
                        ValueType type = declaration.getFact() instanceof Fact f ? ValueType.elementOf(f) : ValueType.UNKNOWN;
                        d.setValue(new ConditionCompiler(fixed, new HashMap<>()).value(declaration.getValue(), type));
                    }
                    d.setText(declaration.getText());
                    d.setVerification(verification(declaration.getVerification()));
                    p.getDeclarations().add(d);
                }
            }
            target.getParties().add(p);
        }
        return target;
    }

    private static org.pacta.model.Provision provisionIn(org.pacta.model.Instrument instrument, Provision provision) {
        if (instrument == null || provision == null || provision.eIsProxy()) {
            return null;
        }
        for (org.pacta.model.Article article : instrument.getArticles()) {
            for (org.pacta.model.Provision candidate : article.getProvisions()) {
                if (candidate.getCitation().equals(provision.getName())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static Modality modality(org.pacta.dsl.ast.Modality modality) {
        return switch (modality) {
            case EXTRADITION -> Modality.EXTRADITION;
            case SURRENDER -> Modality.SURRENDER;
            case MLA -> Modality.MLA;
            case TRANSFER_OF_PROCEEDINGS -> Modality.TRANSFER_OF_PROCEEDINGS;
            case TRANSFER_OF_PRISONERS -> Modality.TRANSFER_OF_PRISONERS;
        };
    }

    static org.pacta.model.Verification verification(Verification source) {
        if (source == null) {
            return null;
        }
        org.pacta.model.Verification target = F.createVerification();
        target.setStatus(VerificationStatus.valueOf(source.getStatus().name()));
        target.setReason(source.getReason());
        return target;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
