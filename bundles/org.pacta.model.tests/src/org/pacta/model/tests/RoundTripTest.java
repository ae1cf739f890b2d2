// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.model.ConsentKind;
import org.pacta.model.DurationUnit;
import org.pacta.model.FactTest;
import org.pacta.model.Ground;
import org.pacta.model.GroundKind;
import org.pacta.model.Instrument;
import org.pacta.model.ModalVerb;
import org.pacta.model.Network;
import org.pacta.model.Norm;
import org.pacta.model.ObligationsPackage;
import org.pacta.model.Party;
import org.pacta.model.Provision;
import org.pacta.model.Reservation;
import org.pacta.model.Role;

/** Save a realistic network as XMI, load it into a fresh resource set, and get the same model back. */
class RoundTripTest {

    @TempDir
    Path dir;

    private Network roundTrip() throws IOException {
        return (Network) Xmi.load(Xmi.save(SampleNetwork.create(), dir.resolve("network.pacta.xmi")));
    }

    @Test
    void wholeNetworkIsEqualAfterSaveAndLoad() throws IOException {
        Network original = SampleNetwork.create();
        Network loaded = (Network) Xmi.load(Xmi.save(original, dir.resolve("network.pacta.xmi")));
        assertTrue(EcoreUtil.equals(original, loaded), "loaded network differs from the saved one");
    }

    @Test
    void unModelArt3aPoliticalOffenceGroundKeepsItsTerrorismException() throws IOException {
        Ground ground = (Ground) provision(roundTrip(), UnModelTreaty.ID, "3", "3(a)");
        assertEquals(GroundKind.MANDATORY, ground.getKind());
        assertEquals(Role.REQUESTED, ground.getBearer());
        assertEquals("political-offence", ground.getClaim());
        assertEquals("offence.political", ((FactTest) ground.getCondition()).getFact());
        assertEquals("offence.terrorism", ((FactTest) ground.getException()).getFact());
    }

    @Test
    void unModelArt9_4ReleaseFortyDaysAfterProvisionalArrest() throws IOException {
        Norm norm = (Norm) provision(roundTrip(), UnModelTreaty.ID, "9", "9(4)");
        assertEquals(40, norm.getDeadline().getPeriod().getAmount());
        assertEquals(DurationUnit.DAYS, norm.getDeadline().getPeriod().getUnit());
        assertEquals("person.arrested", norm.getDeadline().getFromEvent());
        assertEquals(Role.REQUESTED, norm.getExpiry().getBearer());
        assertEquals(ModalVerb.SHALL, norm.getExpiry().getModal());
        assertEquals("release", norm.getExpiry().getAction());
    }

    @Test
    void untocMembershipReservationOnArt35_2PointsIntoTheLoadedConvention() throws IOException {
        Network network = roundTrip();
        Party armenia = network.getMemberships().get(0).getParties().get(1);
        assertEquals("AM", armenia.getState());
        assertTrue(armenia.isInForceUnknown());
        Reservation reservation = armenia.getReservations().get(0);
        assertFalse(reservation.getProvision().eIsProxy());
        assertSame(provision(network, Untoc.ID, "35", "35(2)"), reservation.getProvision());
        assertTrue(reservation.isExcluded());
        Party moldova = network.getMemberships().get(0).getParties().get(0);
        assertEquals(ConsentKind.RATIFIED, moldova.getConsent());
        assertEquals(LocalDate.of(2005, 10, 16), moldova.getInForce());
    }

    @Test
    void unModelAdoptionDateSurvivesAsLocalDate() throws IOException {
        Instrument model = instrument(roundTrip(), UnModelTreaty.ID);
        assertEquals(LocalDate.of(1990, 12, 14), model.getAdopted());
        assertTrue(model.isSetKind(), "an explicitly set kind stays set");
    }

    /** Keys, not list positions, so inserting an article elsewhere does not rewrite every reference. */
    @Test
    void untocArt35_2IsReferencedByKeysNotByPosition() throws IOException {
        Path file = Xmi.save(SampleNetwork.create(), dir.resolve("network.pacta.xmi"));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("@instruments[id='un.conventions.UNTOC']/@articles[number='35']"
                + "/@provisions[citation='35(2)']"), xml);
        assertFalse(xml.contains("xmi:id"), "no generated identifiers");
        assertFalse(xml.matches("(?s).*@instruments\\.\\d.*"), "no positional fragments for keyed lists");
    }

    /** Enumerations and amounts are written even when they equal the first literal or zero. */
    @Test
    void unModelArt9_4PeriodIsWrittenWithItsUnit() throws IOException {
        Path file = Xmi.save(SampleNetwork.create(), dir.resolve("network.pacta.xmi"));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<period amount=\"40\" unit=\"days\"/>"), xml);
        assertTrue(xml.contains("<expiry bearer=\"requested\" modal=\"shall\" action=\"release\"/>"), xml);
    }

    /** Guards the round trip above: a class added to the metamodel must also appear in the sample network. */
    @Test
    void sampleNetworkUsesEveryConcreteClass() {
        Set<String> missing = new TreeSet<>();
        for (EClassifier classifier : ObligationsPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass && !((EClass) classifier).isAbstract()) {
                missing.add(classifier.getName());
            }
        }
        Network network = SampleNetwork.create();
        missing.remove(network.eClass().getName());
        network.eAllContents().forEachRemaining(o -> missing.remove(o.eClass().getName()));
        assertEquals(Set.of(), missing);
    }

    static Instrument instrument(Network network, String id) {
        return network.getInstruments().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
    }

    static Provision provision(Network network, String instrument, String article, String citation) {
        return Untoc.find(instrument(network, instrument), article, citation);
    }
}
