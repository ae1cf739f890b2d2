// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.pacta.model.tests.Build.F;

import org.pacta.model.Instrument;
import org.pacta.model.Network;
import org.pacta.model.State;

/**
 * A network with the UN Model Treaty on Extradition, UNTOC and its membership, the fictional MD–AM treaty and the
 * core vocabulary. Built fresh on every call, so two calls give equal but distinct models.
 */
final class SampleNetwork {

    private SampleNetwork() {
    }

    static Network create() {
        Network network = F.createNetwork();
        network.getVocabularies().add(CoreVocabulary.create());
        network.getStates().add(state("MD", "Republic of Moldova"));
        network.getStates().add(state("AM", "Armenia"));
        network.getStates().add(state("CI", "Côte d’Ivoire")); // non-ASCII: the file must stay UTF-8
        Instrument model = UnModelTreaty.create();
        Instrument untoc = Untoc.create();
        Instrument predecessor = SampleBilateral.predecessor();
        network.getInstruments().add(model);
        network.getInstruments().add(untoc);
        network.getInstruments().add(predecessor);
        network.getInstruments().add(SampleBilateral.create(model, untoc, predecessor));
        network.getMemberships().add(Untoc.membership(untoc));
        return network;
    }

    private static State state(String code, String name) {
        State state = F.createState();
        state.setCode(code);
        state.setName(name);
        return state;
    }
}
