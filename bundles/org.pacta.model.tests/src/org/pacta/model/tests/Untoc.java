// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.pacta.model.tests.Build.F;
import static org.pacta.model.tests.Build.article;
import static org.pacta.model.tests.Build.bool;
import static org.pacta.model.tests.Build.duty;
import static org.pacta.model.tests.Build.isTrue;
import static org.pacta.model.tests.Build.provision;
import static org.pacta.model.tests.Build.unverified;

import java.time.LocalDate;
import java.util.List;

import org.pacta.model.Article;
import org.pacta.model.ConditionalBasis;
import org.pacta.model.ConsentKind;
import org.pacta.model.Declaration;
import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Membership;
import org.pacta.model.Modality;
import org.pacta.model.ModalVerb;
import org.pacta.model.Norm;
import org.pacta.model.NotAGround;
import org.pacta.model.Party;
import org.pacta.model.Precedence;
import org.pacta.model.Provision;
import org.pacta.model.Reservation;
import org.pacta.model.Role;
import org.pacta.model.Subsidiary;

/**
 * A few articles of the UN Convention against Transnational Organized Crime (A/RES/55/25) and a membership with two
 * parties: art 16(4) convention as conditional legal basis, 16(5) notification, 18(7) "mini-MLAT" subsidiarity,
 * 18(8) bank secrecy and 18(22) fiscal matters as non-grounds, 35(2) arbitration (the usual target of reservations).
 * Party data is illustrative and marked unverified: it is not taken from the UN Treaty Collection.
 */
final class Untoc {

    static final String ID = "un.conventions.UNTOC";
    private static final String ILLUSTRATIVE = "test sample; not checked against UN Treaty Collection XVIII-12";

    private Untoc() {
    }

    static Instrument create() {
        Instrument untoc = F.createInstrument();
        untoc.setId(ID);
        untoc.setTitle("United Nations Convention against Transnational Organized Crime");
        untoc.setKind(InstrumentKind.CONVENTION);
        untoc.getModalities().addAll(List.of(Modality.EXTRADITION, Modality.MLA, Modality.CONFISCATION));
        untoc.setAdopted(LocalDate.of(2000, 11, 15));
        untoc.setAdoptedBy("A/RES/55/25");
        untoc.setInForce(LocalDate.of(2003, 9, 29));
        article16(untoc);
        article18(untoc);
        article35(untoc);
        return untoc;
    }

    private static void article16(Instrument untoc) {
        Article article = article(untoc, "16", "Extradition");
        Precedence basis = provision(article, F.createPrecedence(), "16(4)",
                "If a State Party that makes extradition conditional on the existence of a treaty receives a request"
                        + " from another State Party with which it has no extradition treaty, it may consider this"
                        + " Convention the legal basis for extradition.");
        ConditionalBasis rule = F.createConditionalBasis();
        rule.setModality(Modality.EXTRADITION);
        rule.setCondition(isTrue("requested.treaty-required"));
        basis.setRule(rule);
        Norm notify = provision(article, F.createNorm(), "16(5)",
                "States Parties that make extradition conditional on the existence of a treaty shall inform the"
                        + " Secretary-General whether they will take this Convention as the legal basis.");
        notify.setDuty(duty(Role.PARTIES, ModalVerb.SHALL, "inform-secretary-general",
                isTrue("requested.treaty-required")));
    }

    private static void article18(Instrument untoc) {
        Article article = article(untoc, "18", "Mutual legal assistance");
        Precedence subsidiary = provision(article, F.createPrecedence(), "18(7)",
                "Paragraphs 9 to 29 of this article shall apply if the States Parties in question are not bound by a"
                        + " treaty of mutual legal assistance.");
        NotAGround bankSecrecy = provision(article, F.createNotAGround(), "18(8)",
                "States Parties shall not decline to render mutual legal assistance on the ground of bank secrecy.");
        bankSecrecy.setClaim("bank-secrecy");
        bankSecrecy.setModality(Modality.MLA);
        NotAGround fiscal = provision(article, F.createNotAGround(), "18(22)",
                "States Parties may not refuse a request for mutual legal assistance on the sole ground that the"
                        + " offence is also considered to involve fiscal matters.");
        fiscal.setClaim("fiscal-offence");
        fiscal.setSole(true);
        fiscal.setModality(Modality.MLA);
        Subsidiary rule = F.createSubsidiary();
        rule.setModality(Modality.MLA);
        rule.getProvisions().add(fiscal); // of paragraphs 9 to 29 only 18(22) is encoded here
        subsidiary.setRule(rule);
    }

    private static void article35(Instrument untoc) {
        Article article = article(untoc, "35", "Settlement of disputes");
        Norm arbitration = provision(article, F.createNorm(), "35(2)",
                "Any dispute that cannot be settled through negotiation shall, at the request of one of those States"
                        + " Parties, be submitted to arbitration.");
        arbitration.setDuty(duty(Role.PARTIES, ModalVerb.SHALL, "submit-to-arbitration", null));
    }

    /** Two parties; AM excludes art 35(2) and declares that it takes the Convention as legal basis (art 16(5)). */
    static Membership membership(Instrument untoc) {
        Membership membership = F.createMembership();
        membership.setInstrument(untoc);
        membership.setSource("illustrative");
        Party moldova = party("MD", "Republic of Moldova", ConsentKind.RATIFIED, LocalDate.of(2005, 9, 16));
        moldova.setSigned(LocalDate.of(2000, 12, 14));
        moldova.setInForce(LocalDate.of(2005, 10, 16));
        Party armenia = party("AM", "Armenia", ConsentKind.RATIFIED, LocalDate.of(2003, 7, 1));
        armenia.setInForceUnknown(true);
        Reservation reservation = F.createReservation();
        reservation.setProvision(find(untoc, "35", "35(2)"));
        reservation.setExcluded(true);
        reservation.setText("Does not consider itself bound by article 35, paragraph 2.");
        armenia.getReservations().add(reservation);
        Declaration declaration = F.createDeclaration();
        declaration.setProvision(find(untoc, "16", "16(5)"));
        declaration.setFact("requested.convention-as-basis");
        declaration.setValue(bool(true));
        armenia.getDeclarations().add(declaration);
        membership.getParties().addAll(List.of(moldova, armenia));
        return membership;
    }

    private static Party party(String code, String name, ConsentKind consent, LocalDate consentDate) {
        Party party = F.createParty();
        party.setState(code);
        party.setName(name);
        party.setConsent(consent);
        party.setConsentDate(consentDate);
        party.setVerification(unverified(ILLUSTRATIVE));
        return party;
    }

    static Provision find(Instrument instrument, String article, String citation) {
        return instrument.getArticles().stream().filter(a -> a.getNumber().equals(article)).findFirst()
                .flatMap(a -> a.getProvisions().stream().filter(p -> p.getCitation().equals(citation)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(instrument.getId() + " has no " + citation));
    }
}
