// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pacta.engine.Decision;
import org.pacta.engine.Decision.Outcome;
import org.pacta.engine.Engine;
import org.pacta.engine.LegalCase;
import org.pacta.engine.NetworkIndex;
import org.pacta.engine.Truth;
import org.pacta.model.Article;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Membership;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.Party;
import org.pacta.model.Provision;
import org.pacta.model.Role;
import org.pacta.model.Scope;

/**
 * The index answers which instruments bind two states from per-state lists rather than by reading the whole network;
 * these tests hold it to the answer {@link NetworkIndex#inForceFor} gives instrument by instrument.
 */
class NetworkIndexTest {

    private static final ObligationsFactory F = ObligationsFactory.eINSTANCE;
    private static final List<String> STATES = List.of("AM", "MD", "KE", "FR", "GH", "US");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2012, 2, 1),
            LocalDate.of(2019, 12, 31), LocalDate.of(2020, 6, 30), LocalDate.of(2024, 3, 1), LocalDate.of(2026, 1, 1));

    /**
     * A convention with party lines of every kind (in force, withdrawn, date unknown, not yet in force), bilateral
     * treaties with and without a date of entry into force, one with party lines of its own, a model treaty and a
     * domestic law (never a basis), and a treaty on another modality.
     */
    private static Network network() {
        Network network = F.createNetwork();
        Instrument convention = instrument(network, "un.conventions.Convention", InstrumentKind.CONVENTION, Modality.EXTRADITION,
                Modality.MLA);
        Membership membership = F.createMembership();
        membership.setInstrument(convention);
        membership.getParties().add(party("AM", LocalDate.of(2003, 9, 29), null, false));
        membership.getParties().add(party("MD", LocalDate.of(2005, 1, 1), LocalDate.of(2020, 6, 30), false));
        membership.getParties().add(party("KE", null, null, true));
        membership.getParties().add(party("FR", LocalDate.of(2025, 1, 1), null, false));
        membership.getParties().add(party("GH", LocalDate.of(2010, 1, 1), null, false));
        network.getMemberships().add(membership);
        Instrument amMd = instrument(network, "t.AM_MD", InstrumentKind.BILATERAL, Modality.EXTRADITION);
        amMd.getParties().addAll(List.of("AM", "MD"));
        amMd.setInForce(LocalDate.of(2012, 2, 1));
        Instrument amFr = instrument(network, "t.AM_FR", InstrumentKind.BILATERAL, Modality.EXTRADITION);
        amFr.getParties().addAll(List.of("AM", "FR"));
        Instrument ghKe = instrument(network, "t.GH_KE", InstrumentKind.BILATERAL, Modality.EXTRADITION);
        ghKe.getParties().addAll(List.of("GH", "KE"));
        ghKe.setInForce(LocalDate.of(2019, 12, 31));
        Membership lines = F.createMembership();
        lines.setInstrument(ghKe);
        lines.getParties().add(party("GH", LocalDate.of(2020, 1, 1), null, false));
        network.getMemberships().add(lines);
        Instrument mla = instrument(network, "t.AM_MD_Mla", InstrumentKind.BILATERAL, Modality.MLA);
        mla.getParties().addAll(List.of("AM", "MD"));
        mla.setInForce(LocalDate.of(2000, 1, 1));
        Instrument model = instrument(network, "un.models.Model", InstrumentKind.MODEL, Modality.EXTRADITION);
        model.getParties().addAll(List.of("AM", "MD"));
        Instrument law = instrument(network, "md.Law", InstrumentKind.DOMESTIC, Modality.EXTRADITION);
        law.getParties().add("MD");
        return network;
    }

    private static Instrument instrument(Network network, String id, InstrumentKind kind, Modality... modalities) {
        Instrument instrument = F.createInstrument();
        instrument.setId(id);
        instrument.setKind(kind);
        instrument.getModalities().addAll(List.of(modalities));
        network.getInstruments().add(instrument);
        return instrument;
    }

    private static Party party(String state, LocalDate inForce, LocalDate withdrawn, boolean unknown) {
        Party party = F.createParty();
        party.setState(state);
        party.setInForce(inForce);
        party.setWithdrawn(withdrawn);
        party.setInForceUnknown(unknown);
        return party;
    }

    private record Seen(Instrument instrument, Truth truth, String first, String second) {
    }

    @Test
    void instrumentsOfTwoStatesAreThoseInForceForBothAsInstrumentByInstrument() {
        Network network = network();
        NetworkIndex index = new NetworkIndex(network);
        for (Modality modality : List.of(Modality.EXTRADITION, Modality.MLA, Modality.SURRENDER)) {
            for (String first : STATES) {
                for (String second : STATES) {
                    for (LocalDate date : DATES) {
                        List<Seen> seen = new ArrayList<>();
                        index.forEachInvolving(first, second, modality, date, (i, truth, a, b) -> seen.add(new Seen(i, truth, a, b)));
                        List<Seen> expected = new ArrayList<>();
                        for (Instrument instrument : network.getInstruments()) {
                            if (instrument.getKind() == InstrumentKind.MODEL || instrument.getKind() == InstrumentKind.DOMESTIC
                                    || !instrument.getModalities().contains(modality)) {
                                continue;
                            }
                            StringBuilder a = new StringBuilder();
                            StringBuilder b = new StringBuilder();
                            Truth truth = index.inForceFor(instrument, first, date, a).and(index.inForceFor(instrument, second, date, b));
                            boolean firstNamed = !a.toString().equals(first + " is not a party");
                            boolean secondNamed = !b.toString().equals(second + " is not a party");
                            if (firstNamed || secondNamed) {
                                expected.add(new Seen(instrument, truth, firstNamed ? a.toString() : null,
                                        secondNamed ? b.toString() : null));
                            }
                        }
                        assertEquals(expected, seen, modality + " " + first + " " + second + " " + date);
                    }
                }
            }
        }
    }

    @Test
    void withoutABasisTheReasonNamesOnlyInstrumentsOfTheTwoStates() {
        Engine engine = new Engine(new NetworkIndex(network()));
        Decision decision = engine.decide(new LegalCase("t", Modality.EXTRADITION, "prosecution", "FR", "US",
                LocalDate.of(2024, 3, 1), Map.of(), Map.of()));
        assertEquals(Outcome.NO_LEGAL_BASIS, decision.outcome());
        String reason = decision.outcomeReason();
        assertTrue(reason.contains("AM_FR (US is not a party)"), reason);
        assertTrue(reason.contains("Convention (in force for FR only from 2025-01-01)"), reason);
        assertFalse(reason.contains("AM_MD") || reason.contains("GH_KE"), "treaties neither state is party to: " + reason);
    }

    @Test
    void provisionsOfAModalityLeaveOutArticlesForAnotherAndAreSortedByKind() {
        Network network = network();
        Instrument convention = network.getInstruments().get(0);
        Article extradition = article(convention, "16", Modality.EXTRADITION);
        Ground ground = F.createGround();
        ground.setCitation("16(14)");
        ground.setKind(GroundKind.OPTIONAL);
        ground.setBearer(Role.REQUESTED);
        extradition.getProvisions().add(ground);
        Article mla = article(convention, "18", Modality.MLA);
        Scope scope = F.createScope();
        scope.setCitation("18(1)");
        mla.getProvisions().add(scope);
        Article both = article(convention, "3", null);
        Scope general = F.createScope();
        general.setCitation("3(1)");
        both.getProvisions().add(general);
        NetworkIndex index = new NetworkIndex(network);

        Map<String, Provision> forMla = index.provisions(convention, Modality.MLA);
        assertEquals(List.of("18(1)", "3(1)"), List.copyOf(forMla.keySet()));
        assertEquals(List.of(scope, general), index.ofType(forMla, Scope.class));
        assertEquals(List.of(), index.ofType(forMla, Ground.class));
        assertSame(forMla, index.provisions(convention, Modality.MLA), "computed once");
        Map<String, Provision> forExtradition = index.provisions(convention, Modality.EXTRADITION);
        assertEquals(List.of(ground), index.ofType(forExtradition, Ground.class));
        Map<String, Provision> changed = new java.util.LinkedHashMap<>(forExtradition);
        changed.remove("16(14)");
        assertEquals(List.of(general), index.ofType(changed, Scope.class), "a map the index did not make is filtered on the spot");
    }

    private static Article article(Instrument instrument, String number, Modality modality) {
        Article article = F.createArticle();
        article.setNumber(number);
        if (modality != null) {
            article.setModality(modality);
        }
        instrument.getArticles().add(article);
        return article;
    }
}
