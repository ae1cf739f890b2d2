// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.pacta.engine.LegalCase;
import org.pacta.engine.Span;
import org.pacta.model.DurationUnit;
import org.pacta.model.Modality;

/**
 * A synthetic but realistic treaty network for benchmarks and load tests: real ISO 3166-1 codes of UN member states,
 * bilateral extradition and mutual-assistance treaties written as Pacta source text that derive from the library's
 * UN model treaties (each fixing the model's parameters, some replacing or omitting provisions or adding time
 * limits, as drafters do), and cases between random pairs of those states with random facts and events. Everything
 * is drawn from a seeded {@link Random}: the same seed gives the same treaties and cases.
 */
public final class SyntheticNetwork {

    /** ISO 3166-1 alpha-2 codes of the 193 UN member states, in alphabetical order of the code. */
    public static final List<String> UN_MEMBERS = List.of(("AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ "
            + "BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI "
            + "FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN "
            + "KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG "
            + "NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST "
            + "SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW").split(" "));

    /** The package of the generated treaties. */
    public static final String PACKAGE = "bench.treaties";

    /** One generated treaty: its instrument id, a name for its source, the text and the two parties. */
    public record Treaty(String id, String sourceName, String text, Modality modality, String first, String second,
            LocalDate inForce) {
    }

    private final Random random;

    public SyntheticNetwork(long seed) {
        this.random = new Random(seed);
    }

    /** The first {@code count} UN member states (at most 193). */
    public static List<String> states(int count) {
        if (count < 2 || count > UN_MEMBERS.size()) {
            throw new IllegalArgumentException("between 2 and " + UN_MEMBERS.size() + " states, not " + count);
        }
        return UN_MEMBERS.subList(0, count);
    }

    /**
     * {@code count} treaties between distinct pairs of the given states, about 55% on extradition (derived from
     * {@code un.models.ModelTreatyOnExtradition}) and 45% on mutual assistance ({@code ModelTreatyOnMutualAssistance});
     * a pair has at most one treaty of each kind.
     */
    public List<Treaty> treaties(int count, List<String> states) {
        long possible = (long) states.size() * (states.size() - 1); // unordered pairs times two modalities
        if (count > possible) {
            throw new IllegalArgumentException(count + " treaties need more than " + states.size() + " states");
        }
        Set<String> taken = new HashSet<>();
        List<Treaty> result = new ArrayList<>(count);
        while (result.size() < count) {
            String a = states.get(random.nextInt(states.size()));
            String b = states.get(random.nextInt(states.size()));
            if (a.equals(b)) {
                continue;
            }
            String first = a.compareTo(b) < 0 ? a : b;
            String second = a.compareTo(b) < 0 ? b : a;
            Modality modality = random.nextInt(100) < 55 ? Modality.EXTRADITION : Modality.MLA;
            if (!taken.add(first + second + modality.getLiteral())) {
                continue;
            }
            int number = result.size() + 1;
            result.add(modality == Modality.EXTRADITION ? extradition(number, first, second) : mla(number, first, second));
        }
        return result;
    }

    private Treaty extradition(int number, String first, String second) {
        String name = String.format("T%04d_%s_%s_Extradition", number, first, second);
        LocalDate signed = signed();
        LocalDate inForce = inForce(signed);
        StringBuilder text = header(name, "ModelTreatyOnExtradition", "Extradition", "extradition", first, second, signed, inForce);
        text.append("    fix min-penalty = ").append(pick("1 year", "2 years")).append('\n');
        text.append("    fix min-remaining = ").append(pick("4 months", "6 months")).append('\n');
        text.append("    fix provisional-arrest-days = 40 days\n");
        text.append("    fix speciality-lapse = ").append(pick("30 days", "45 days")).append('\n');
        if (chance(30)) {
            // a constitution that bars the extradition of nationals: the optional ground becomes mandatory
            text.append("""
                        replace 4(a) with ground 4(a) as nationality: requested shall refuse if person.national-of-requested
                            then requested shall submit-for-prosecution if requesting.asks-prosecution
                            text "Extradition shall not be granted if the person sought is a national of the requested Party."
                    """);
        }
        if (chance(15)) {
            // abolitionist parties: the death-penalty ground becomes mandatory unless assurances are given
            text.append("""
                        replace 4(d) with ground 4(d) as death-penalty: requested shall refuse if offence.death-penalty
                            unless assurance.death-penalty
                    """);
        }
        List<String> omitted = new ArrayList<>();
        if (chance(20)) {
            omitted.add("4(g)");
        }
        if (chance(15)) {
            omitted.add("4(h)");
        }
        if (chance(10)) {
            omitted.add("3(d)");
        }
        if (!omitted.isEmpty()) {
            text.append("    omit ").append(String.join(", ", omitted)).append('\n');
        }
        if (chance(40)) {
            int days = pick(30, 45, 60, 90);
            text.append("    article 18 \"Time limit for the decision\" {\n")
                    .append("        norm 18(1): requested shall decide within ").append(days).append(" days from request.received\n")
                    .append("            extendable by ").append(pick(15, 30)).append(" days if extension.notified\n")
                    .append("    }\n");
        }
        text.append("}\n");
        return new Treaty(PACKAGE + "." + name, name + ".pacta", text.toString(), Modality.EXTRADITION, first, second, inForce);
    }

    private Treaty mla(int number, String first, String second) {
        String name = String.format("T%04d_%s_%s_MutualAssistance", number, first, second);
        LocalDate signed = signed();
        LocalDate inForce = inForce(signed);
        StringBuilder text = header(name, "ModelTreatyOnMutualAssistance", "Mutual Legal Assistance in Criminal Matters",
                "mla", first, second, signed, inForce);
        if (chance(30)) {
            text.append("    omit 4(1)(f)\n");
        }
        if (chance(15)) {
            // the political-offence exception narrowed: it does not cover terrorism
            text.append("""
                        replace 4(1)(b) with ground 4(1)(b) as political-offence: requested may refuse if offence.political
                            unless offence.terrorism
                    """);
        }
        if (chance(45)) {
            text.append("    article 21 \"Time limits\" {\n")
                    .append("        norm 21(1): requested shall execute-request within ").append(pick(60, 90, 120))
                    .append(" days from request.received\n")
                    .append("            extendable by 30 days if extension.notified\n")
                    .append("    }\n");
        }
        text.append("}\n");
        return new Treaty(PACKAGE + "." + name, name + ".pacta", text.toString(), Modality.MLA, first, second, inForce);
    }

    private static StringBuilder header(String name, String model, String subject, String modality, String first,
            String second, LocalDate signed, LocalDate inForce) {
        StringBuilder text = new StringBuilder(1024);
        text.append("// Generated for benchmarks: not the text of an instrument in force.\n");
        text.append("package ").append(PACKAGE).append("\n\n");
        text.append("import un.models.").append(model).append("\n\n");
        text.append("instrument ").append(name).append(" derives from ").append(model).append(" {\n");
        text.append("    title \"Treaty between ").append(first).append(" and ").append(second).append(" on ").append(subject)
                .append(" (generated)\"\n");
        text.append("    kind bilateral\n");
        text.append("    modality ").append(modality).append('\n');
        text.append("    parties ").append(first).append(", ").append(second).append('\n');
        text.append("    signed ").append(signed).append('\n');
        text.append("    in-force ").append(inForce).append('\n');
        text.append("    unverified \"generated for benchmarks\"\n");
        return text;
    }

    private LocalDate signed() {
        return LocalDate.of(1995, 1, 1).plusDays(random.nextInt(28 * 365));
    }

    /** Three to eighteen months after signature: a few enter into force only after the cases' dates. */
    private LocalDate inForce(LocalDate signed) {
        return signed.plusDays(90 + random.nextInt(450));
    }

    // ------------------------------------------------------------------ cases

    /** Facts that every modality may carry, with how often a case gives them (per cent). */
    private static final String[] BOOLEAN_FACTS = { "offence.political", "offence.terrorism", "offence.military",
            "request.discriminatory", "proceedings.final-judgment-requested", "proceedings.pending-requested",
            "proceedings.decided-not-to-prosecute", "limitation.time-barred-requested", "limitation.time-barred-requesting",
            "amnesty.requested", "amnesty.requesting", "risk.torture", "risk.unfair-trial", "judgment.in-absentia",
            "judgment.retrial-after-surrender", "offence.death-penalty", "assurance.death-penalty",
            "offence.committed-in-requested", "offence.committed-outside-requesting", "offence.requested-has-jurisdiction",
            "court.extraordinary", "humanitarian.grounds", "person.immune", "requesting.asks-prosecution",
            "offence.transnational", "offence.organised-criminal-group", "offence.convention-offence",
            "requested.treaty-required", "requested.convention-as-basis", "request.conforms", "requested.essential-interests",
            "requested.domestic-law-prohibits", "requested.contrary-to-legal-system", "requested.compulsory-measures-inconsistent",
            "extension.notified", "arrest.provisional", "request.documents-received", "person.consents" };

    private static final String[] CATEGORIES = { "fraud", "theft", "corruption", "laundering-of-the-proceeds-of-crime",
            "trafficking-in-human-beings", "murder-grievous-bodily-injury", "computer-related-crime", "tax-evasion",
            "participation-in-a-criminal-organisation", "embezzlement" };

    private static final String[] DOCUMENTS = { "warrant", "judgment", "statement-of-facts", "legal-provisions",
            "penalty-statement", "identity", "translation", "enforceability-statement" };

    private static final String[] ASSISTANCE = { "evidence", "witness-statement", "bank-records", "search-seizure",
            "service-of-documents", "public-documents", "subscriber-data", "videoconference", "freezing" };

    private static final String[] CLAIMS = { "nationality", "political-offence", "fiscal-offence", "bank-secrecy",
            "death-penalty", "pending-proceedings", "lack-of-dual-criminality", "essential-interests" };

    /**
     * {@code count} cases dated in 2024: 70% between the parties of a generated treaty (on its modality, or now and
     * then on the other), the rest between any two of the states; 5% ask for surrender or a transfer of prisoners,
     * for which the network has no instrument. Each gives a random selection of the core vocabulary's facts.
     */
    public List<LegalCase> cases(int count, List<String> states, List<Treaty> treaties) {
        List<LegalCase> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(legalCase(i, states, treaties));
        }
        return result;
    }

    private LegalCase legalCase(int number, List<String> states, List<Treaty> treaties) {
        String requesting;
        String requested;
        Modality modality;
        if (!treaties.isEmpty() && chance(70)) {
            Treaty treaty = treaties.get(random.nextInt(treaties.size()));
            boolean forward = random.nextBoolean();
            requesting = forward ? treaty.first() : treaty.second();
            requested = forward ? treaty.second() : treaty.first();
            modality = chance(85) ? treaty.modality() : treaty.modality() == Modality.MLA ? Modality.EXTRADITION : Modality.MLA;
        } else {
            requesting = states.get(random.nextInt(states.size()));
            do {
                requested = states.get(random.nextInt(states.size()));
            } while (requested.equals(requesting));
            modality = chance(50) ? Modality.EXTRADITION : Modality.MLA;
        }
        if (chance(5)) {
            modality = chance(50) ? Modality.SURRENDER : Modality.TRANSFER_OF_PRISONERS;
        }
        String purpose = chance(80) ? "prosecution" : "enforcement";
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("offence.category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        if (chance(85)) {
            facts.put("offence.max-penalty", penalty());
        }
        if (chance(70)) {
            facts.put("offence.max-penalty-requested", penalty());
        }
        if (chance(85)) {
            facts.put("offence.dual-criminality", chance(92));
        }
        if (purpose.equals("enforcement") && chance(85)) {
            facts.put("sentence.remaining", Span.of(1 + random.nextInt(48), DurationUnit.MONTHS));
        }
        if (chance(75)) {
            int who = random.nextInt(10);
            String nationality = who < 2 ? requested : who < 8 ? requesting : states.get(random.nextInt(states.size()));
            facts.put("person.nationality", Set.of(nationality));
        }
        for (String fact : BOOLEAN_FACTS) {
            if (chance(45)) {
                facts.put(fact, chance(fact.startsWith("request.conforms") || fact.startsWith("assurance")
                        || fact.startsWith("offence.transnational") || fact.startsWith("offence.organised") ? 80 : 8));
            }
        }
        if (modality == Modality.MLA && chance(80)) {
            facts.put("request.assistance", subset(ASSISTANCE, 3));
        }
        if (chance(50)) {
            facts.put("request.documents", subset(DOCUMENTS, 6));
        }
        if (chance(15)) {
            facts.put("refusal.claimed", subset(CLAIMS, 2));
        }
        Map<String, LocalDate> events = new HashMap<>();
        if (chance(60)) {
            events.put("request.received", date.minusDays(random.nextInt(120)));
        }
        if (modality != Modality.MLA && chance(30)) {
            events.put("person.arrested", date.minusDays(random.nextInt(90)));
        }
        return new LegalCase("bench-" + number, modality, purpose, requesting, requested, date, facts, events);
    }

    private Span penalty() {
        if (chance(3)) {
            return Span.lifeSentence();
        }
        return chance(30) ? Span.of(3 + random.nextInt(30), DurationUnit.MONTHS) : Span.of(1 + random.nextInt(20), DurationUnit.YEARS);
    }

    private Set<String> subset(String[] items, int max) {
        List<String> shuffled = new ArrayList<>(Arrays.asList(items));
        java.util.Collections.shuffle(shuffled, random);
        return new LinkedHashSet<>(shuffled.subList(0, 1 + random.nextInt(max)));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
