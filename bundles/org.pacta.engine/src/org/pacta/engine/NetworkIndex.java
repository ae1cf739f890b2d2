// SPDX-License-Identifier: EPL-2.0
package org.pacta.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pacta.model.Article;

import org.pacta.model.Instrument;
import org.pacta.model.InstrumentKind;
import org.pacta.model.Membership;
import org.pacta.model.Modality;
import org.pacta.model.Network;
import org.pacta.model.Party;
import org.pacta.model.Precedence;
import org.pacta.model.Provision;

/**
 * Who is bound by what, looked up quickly: the party lines of every instrument by state, the instruments each state
 * is named in, and each instrument's provisions in one list. A case then looks only at the instruments of its two
 * states, whatever the size of the network. Built once per network, which must not change afterwards, and immutable,
 * so one index serves any number of cases and threads.
 */
public final class NetworkIndex {

    private final Network network;
    private final Map<Instrument, Map<String, Party>> parties = new IdentityHashMap<>();
    /** Position of each instrument in the network: lists built from the index keep the network's order. */
    private final Map<Instrument, Integer> positions = new IdentityHashMap<>();
    /**
     * By modality and state: the standing of the state in each instrument that may be a legal basis for the modality
     * (neither model treaties nor domestic law) and in which it has a party line or, for bilateral treaties, is named
     * a party, in network order. Kept apart from the model, in a few arrays per state, so that finding the instruments
     * that bind two states reads neither the network nor its thousands of treaties.
     */
    private final Map<Modality, Map<String, Standings>> involving = new HashMap<>();
    /** Instruments in which the state's party line carries declarations, in network order. */
    private final Map<String, List<Instrument>> declaring = new HashMap<>();
    private final Map<Instrument, List<Provision>> provisions = new IdentityHashMap<>();
    private final Map<Instrument, List<Precedence>> precedences = new IdentityHashMap<>();
    private final Map<Instrument, String> labels = new IdentityHashMap<>();
    private final Map<Instrument, Map<Modality, Map<String, Provision>>> byCitation = new IdentityHashMap<>();
    /** For each map of {@link #provisions(Instrument, Modality)}: its provisions of each kind, in order. */
    private final Map<Map<String, Provision>, Map<Class<?>, List<?>>> byKind = new IdentityHashMap<>();

    public NetworkIndex(Network network) {
        this.network = network;
        for (Membership membership : network.getMemberships()) {
            Map<String, Party> byState = parties.computeIfAbsent(membership.getInstrument(), i -> new HashMap<>());
            for (Party party : membership.getParties()) {
                byState.put(party.getState(), party);
            }
        }
        Map<Modality, Map<String, List<Standing>>> named = new HashMap<>();
        List<Instrument> instruments = network.getInstruments();
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            positions.put(instrument, i);
            labels.put(instrument, labelOf(instrument));
            List<Provision> all = new ArrayList<>();
            for (Article article : instrument.getArticles()) {
                all.addAll(article.getProvisions());
            }
            provisions.put(instrument, Collections.unmodifiableList(all));
            precedences.put(instrument, all.stream().filter(Precedence.class::isInstance).map(Precedence.class::cast).toList());
            Map<Modality, Map<String, Provision>> templates = new HashMap<>();
            for (Modality modality : instrument.getModalities()) {
                Map<String, Provision> template = provisionsFor(instrument, modality);
                templates.put(modality, template);
                Map<Class<?>, List<?>> kinds = new HashMap<>();
                for (Class<? extends Provision> kind : KINDS) {
                    kinds.put(kind, filter(template, kind));
                }
                byKind.put(template, kinds);
            }
            byCitation.put(instrument, templates);
            Map<String, Party> lines = parties.getOrDefault(instrument, Map.of());
            Set<String> states = new LinkedHashSet<>(lines.keySet());
            if (instrument.getKind() == InstrumentKind.BILATERAL) {
                states.addAll(instrument.getParties());
            }
            if (instrument.getKind() != InstrumentKind.MODEL && instrument.getKind() != InstrumentKind.DOMESTIC) {
                for (Modality modality : new LinkedHashSet<>(instrument.getModalities())) {
                    Map<String, List<Standing>> byState = named.computeIfAbsent(modality, m -> new HashMap<>());
                    for (String state : states) {
                        byState.computeIfAbsent(state, k -> new ArrayList<>()).add(new Standing(instrument, i, state, lines.get(state), this));
                    }
                }
            }
            lines.forEach((state, party) -> {
                if (!party.getDeclarations().isEmpty()) {
                    declaring.computeIfAbsent(state, k -> new ArrayList<>()).add(instrument);
                }
            });
        }
        named.forEach((modality, byState) -> {
            Map<String, Standings> lists = new HashMap<>();
            byState.forEach((state, list) -> lists.put(state, new Standings(list)));
            involving.put(modality, lists);
        });
        declaring.replaceAll((state, list) -> List.copyOf(list));
    }

    /**
     * What {@link #forEachInvolving} reports: an instrument, whether it is in force for both states, and why for
     * each (the words of {@link #inForceFor}), null for a state that is not a party.
     */
    @FunctionalInterface
    public interface InForce {
        void accept(Instrument instrument, Truth forBoth, String whyFirst, String whySecond);
    }

    /**
     * For each instrument on the modality, other than model treaties and domestic law, that either state is named in
     * (a party line, or the parties of a bilateral treaty), in network order: whether it is in force for both on the
     * date, as {@link #inForceFor} would say for each. An instrument neither state is named in binds neither, so a
     * case need look no further.
     */
    public void forEachInvolving(String first, String second, Modality modality, LocalDate date, InForce action) {
        Map<String, Standings> byState = involving.getOrDefault(modality, Map.of());
        Standings a = byState.getOrDefault(first, Standings.NONE);
        Standings b = byState.getOrDefault(second, Standings.NONE);
        long day = date.toEpochDay();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int x = i < a.size() ? a.position[i] : Integer.MAX_VALUE;
            int y = j < b.size() ? b.position[j] : Integer.MAX_VALUE;
            if (x == y) {
                action.accept(a.instrument[i], a.on(i, day).and(b.on(j, day)), a.why(i, day), b.why(j, day));
                i++;
                j++;
            } else if (x < y) {
                action.accept(a.instrument[i], Truth.FALSE, a.why(i, day), null); // the second state is not a party
                i++;
            } else {
                action.accept(b.instrument[j], Truth.FALSE, null, b.why(j, day)); // the first state is not a party
                j++;
            }
        }
    }

    /**
     * A state's standing in an instrument: from its party line or, for a bilateral treaty without one, from the
     * treaty's entry into force. Days are epoch days; the same rules as {@link #inForceFor}. Gathered into
     * {@link Standings} once the index is built.
     */
    private static final class Standing {
        private static final long UNKNOWN = Long.MIN_VALUE;
        private static final long NEVER = Long.MAX_VALUE;

        final Instrument instrument;
        final int position;
        final long inForce;
        final long withdrawn;
        /** Why, for each answer: withdrawn, date unknown, not yet in force, in force. */
        private final String withdrew;
        private final String dateUnknown;
        private final String notYet;
        private final String since;

        Standing(Instrument instrument, int position, String state, Party party, NetworkIndex index) {
            this.instrument = instrument;
            this.position = position;
            if (party != null) {
                inForce = party.isInForceUnknown() || party.getInForce() == null ? UNKNOWN : party.getInForce().toEpochDay();
                withdrawn = party.getWithdrawn() == null ? NEVER : party.getWithdrawn().toEpochDay();
            } else {
                inForce = instrument.getInForce() == null ? UNKNOWN : instrument.getInForce().toEpochDay();
                withdrawn = NEVER;
            }
            // the words are those of inForceFor, on a date that gives each answer in turn
            withdrew = withdrawn == NEVER ? null : text(index, state, withdrawn);
            dateUnknown = inForce != UNKNOWN ? null : text(index, state, withdrawn == NEVER ? 0 : withdrawn - 1);
            notYet = inForce == UNKNOWN ? null : text(index, state, Math.min(inForce, withdrawn) - 1);
            since = inForce == UNKNOWN || withdrawn <= inForce ? null : text(index, state, inForce);
        }

        private String text(NetworkIndex index, String state, long day) {
            StringBuilder text = new StringBuilder();
            index.inForceFor(instrument, state, LocalDate.ofEpochDay(day), text);
            return text.toString();
        }

    }

    /**
     * The standings of one state, in network order, as parallel arrays: going through them reads a few contiguous
     * blocks of memory, where a list of objects spread over the heap would cost a cache miss each.
     */
    private static final class Standings {
        static final Standings NONE = new Standings(List.of());

        final int[] position;
        final long[] inForce;
        final long[] withdrawn;
        final Instrument[] instrument;
        private final String[] withdrew;
        private final String[] dateUnknown;
        private final String[] notYet;
        private final String[] since;

        Standings(List<Standing> standings) {
            int n = standings.size();
            position = new int[n];
            inForce = new long[n];
            withdrawn = new long[n];
            instrument = new Instrument[n];
            withdrew = new String[n];
            dateUnknown = new String[n];
            notYet = new String[n];
            since = new String[n];
            for (int k = 0; k < n; k++) {
                Standing standing = standings.get(k);
                position[k] = standing.position;
                inForce[k] = standing.inForce;
                withdrawn[k] = standing.withdrawn;
                instrument[k] = standing.instrument;
                withdrew[k] = standing.withdrew;
                dateUnknown[k] = standing.dateUnknown;
                notYet[k] = standing.notYet;
                since[k] = standing.since;
            }
        }

        int size() {
            return position.length;
        }

        Truth on(int k, long day) {
            if (withdrawn[k] <= day) {
                return Truth.FALSE;
            }
            if (inForce[k] == Standing.UNKNOWN) {
                return Truth.UNKNOWN;
            }
            return inForce[k] > day ? Truth.FALSE : Truth.TRUE;
        }

        String why(int k, long day) {
            if (withdrawn[k] <= day) {
                return withdrew[k];
            }
            if (inForce[k] == Standing.UNKNOWN) {
                return dateUnknown[k];
            }
            return inForce[k] > day ? notYet[k] : since[k];
        }
    }

    /**
     * The instrument's provisions that govern the modality, by citation, in order: all of them but those of an
     * article for another modality (UNTOC art 16 is for extradition, art 18 for MLA). Read-only.
     */
    public Map<String, Provision> provisions(Instrument instrument, Modality modality) {
        Map<Modality, Map<String, Provision>> templates = byCitation.get(instrument);
        Map<String, Provision> result = templates == null ? null : templates.get(modality);
        return result != null ? result : provisionsFor(instrument, modality);
    }

    private static Map<String, Provision> provisionsFor(Instrument instrument, Modality modality) {
        Map<String, Provision> result = new java.util.LinkedHashMap<>();
        for (Article article : instrument.getArticles()) {
            if (article.isSetModality() && article.getModality() != modality) {
                continue;
            }
            for (Provision provision : article.getProvisions()) {
                result.put(provision.getCitation(), provision);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static final List<Class<? extends Provision>> KINDS = List.of(org.pacta.model.Scope.class,
            org.pacta.model.Ground.class, org.pacta.model.NotAGround.class, org.pacta.model.Norm.class,
            org.pacta.model.Requirement.class);

    /**
     * The provisions of the given kind among those of a map, in its order: precomputed for the maps this index hands
     * out (a case then visits only, say, the grounds of a treaty rather than all its provisions), filtered on the
     * spot for any other map.
     */
    @SuppressWarnings("unchecked")
    public <T extends Provision> List<T> ofType(Map<String, Provision> provisions, Class<T> kind) {
        Map<Class<?>, List<?>> kinds = byKind.get(provisions);
        List<?> result = kinds == null ? null : kinds.get(kind);
        return result != null ? (List<T>) result : filter(provisions, kind);
    }

    private static <T extends Provision> List<T> filter(Map<String, Provision> provisions, Class<T> kind) {
        List<T> result = new ArrayList<>();
        for (Provision provision : provisions.values()) {
            if (kind.isInstance(provision)) {
                result.add(kind.cast(provision));
            }
        }
        return result;
    }

    /** The precedence provisions of the instrument (replaces, prevails, subsidiary, conditional basis), in order. */
    public List<Precedence> precedences(Instrument instrument) {
        List<Precedence> result = precedences.get(instrument);
        return result != null ? result
                : provisions(instrument).stream().filter(Precedence.class::isInstance).map(Precedence.class::cast).toList();
    }

    /** The instruments in which either state made declarations, in network order. */
    public List<Instrument> declaring(String first, String second) {
        return merge(declaring.getOrDefault(first, List.of()), declaring.getOrDefault(second, List.of()));
    }

    /** The instrument's id without its package ({@code UNTOC} for {@code un.conventions.UNTOC}), as decisions cite it. */
    public String label(Instrument instrument) {
        String label = labels.get(instrument);
        return label != null ? label : labelOf(instrument);
    }

    private static String labelOf(Instrument instrument) {
        String id = instrument.getId();
        return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : id;
    }

    /** The provisions of the instrument, article by article, in order. */
    public List<Provision> provisions(Instrument instrument) {
        List<Provision> result = provisions.get(instrument);
        if (result != null) {
            return result;
        }
        // not of this network: computed on the spot
        List<Provision> all = new ArrayList<>();
        instrument.getArticles().forEach(article -> all.addAll(article.getProvisions()));
        return all;
    }

    /** Two lists in network order merged into one, each instrument once. */
    private List<Instrument> merge(List<Instrument> a, List<Instrument> b) {
        if (b.isEmpty() || a == b) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Instrument> result = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size()) {
                result.add(a.get(i++));
            } else if (i == a.size()) {
                result.add(b.get(j++));
            } else {
                int x = positions.get(a.get(i));
                int y = positions.get(b.get(j));
                if (x == y) {
                    result.add(a.get(i++));
                    j++;
                } else if (x < y) {
                    result.add(a.get(i++));
                } else {
                    result.add(b.get(j++));
                }
            }
        }
        return result;
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
     * (bilateral treaties) from its own parties and entry into force. An unknown date gives {@code UNKNOWN}. Why is
     * appended to {@code why}; pass null when only the answer is wanted (no text is then built).
     */
    public Truth inForceFor(Instrument instrument, String state, LocalDate date, StringBuilder why) {
        Party party = party(instrument, state);
        if (party != null) {
            if (party.getWithdrawn() != null && !party.getWithdrawn().isAfter(date)) {
                return say(Truth.FALSE, why, state, " withdrew on ", party.getWithdrawn());
            }
            if (party.isInForceUnknown() || party.getInForce() == null) {
                return say(Truth.UNKNOWN, why, state, " is a party, date of entry into force unknown");
            }
            if (party.getInForce().isAfter(date)) {
                return say(Truth.FALSE, why, "in force for ", state, " only from ", party.getInForce());
            }
            return say(Truth.TRUE, why, "in force for ", state, " since ", party.getInForce());
        }
        if (instrument.getKind() == InstrumentKind.BILATERAL && instrument.getParties().contains(state)) {
            if (instrument.getInForce() == null) {
                return say(Truth.UNKNOWN, why, "date of entry into force unknown");
            }
            if (instrument.getInForce().isAfter(date)) {
                return say(Truth.FALSE, why, "in force only from ", instrument.getInForce());
            }
            return say(Truth.TRUE, why, state, " is a party, in force since ", instrument.getInForce());
        }
        return say(Truth.FALSE, why, state, " is not a party");
    }

    private static Truth say(Truth truth, StringBuilder why, Object... parts) {
        if (why != null) {
            for (Object part : parts) {
                why.append(part);
            }
        }
        return truth;
    }
}
