// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Membership;
import org.pacta.model.Network;
import org.pacta.model.Party;

/**
 * Who is bound by what, looked up quickly: the party lines of every instrument by state. Built once per network
 * and immutable afterwards, so one index serves any number of cases and threads.
 */
public final class NetworkIndex {

    private final Network network;
    private final Map<Instrument, Map<String, Party>> parties = new HashMap<>();

    public NetworkIndex(Network network) {
        this.network = network;
        for (Membership membership : network.getMemberships()) {
            Map<String, Party> byState = parties.computeIfAbsent(membership.getInstrument(), i -> new HashMap<>());
            for (Party party : membership.getParties()) {
                byState.put(party.getState(), party);
            }
        }
    }

    public Network network() {
        return network;
    }

    public List<Instrument> instruments() {
        return network.getInstruments();
    }

    /** The party line of a state, or null. */
    public Party party(Instrument instrument, String state) {
        Map<String, Party> byState = parties.get(instrument);
        return byState == null ? null : byState.get(state);
    }

    /**
     * Whether the instrument is in force for the state on the date: from its party line when there is one, else
     * (bilateral treaties) from its own parties and entry into force. An unknown date gives {@code UNKNOWN}.
     */
    public Truth inForceFor(Instrument instrument, String state, LocalDate date, StringBuilder why) {
        Party party = party(instrument, state);
        if (party != null) {
            if (party.getWithdrawn() != null && !party.getWithdrawn().isAfter(date)) {
                why.append(state).append(" withdrew on ").append(party.getWithdrawn());
                return Truth.FALSE;
            }
            if (party.isInForceUnknown() || party.getInForce() == null) {
                why.append(state).append(" is a party, date of entry into force unknown");
                return Truth.UNKNOWN;
            }
            if (party.getInForce().isAfter(date)) {
                why.append("in force for ").append(state).append(" only from ").append(party.getInForce());
                return Truth.FALSE;
            }
            why.append("in force for ").append(state).append(" since ").append(party.getInForce());
            return Truth.TRUE;
        }
        if (instrument.getKind() == InstrumentKind.BILATERAL && instrument.getParties().contains(state)) {
            if (instrument.getInForce() == null) {
                why.append("date of entry into force unknown");
                return Truth.UNKNOWN;
            }
            if (instrument.getInForce().isAfter(date)) {
                why.append("in force only from ").append(instrument.getInForce());
                return Truth.FALSE;
            }
            why.append(state).append(" is a party, in force since ").append(instrument.getInForce());
            return Truth.TRUE;
        }
        why.append(state).append(" is not a party");
        return Truth.FALSE;
    }
}
