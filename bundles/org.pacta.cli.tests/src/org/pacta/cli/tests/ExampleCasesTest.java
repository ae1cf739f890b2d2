// SPDX-License-Identifier: EPL-2.0
package org.pacta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacta.cli.Main;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sample cases of examples/cases decided against the library and the example treaties. The expectations were
 * worked out by hand from the instruments (rules.md §1 for the UN Model Treaty on Extradition that AM_MD_Extradition
 * derives from, §3.3 for UNTOC art 18) and the counting rule of rules.md §0.2, not copied from the engine's output.
 */
class ExampleCasesTest {

    private static final String TREATY = "examples.extradition.AM_MD_Extradition";
    private static final String UNTOC = "un.conventions.UNTOC";

    private static JsonObject decide(String caseFile) {
        Path root = Path.of(System.getProperty("pacta.root", "../..")).toAbsolutePath().normalize();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] { "check", "--format", "json", "--case",
                root.resolve("examples/cases").resolve(caseFile).toString(), root.resolve("examples").toString() },
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    /**
     * UNTOC art 18 as a "mini-MLAT": no MLA treaty binds Kenya and the UAE, so paragraphs 9 to 29 apply (18(7)).
     * Fraud punishable by 10 years is serious crime (art 2(b)), so the scope of 18(1) is met; it is not an offence
     * established under UNCAC, so UNCAC art 46(1) does not cover it. Dual criminality is given, so 18(9) fails; the
     * four grounds of 18(21) depend on facts not given, and none is established: assistance must be given. Bank
     * secrecy is never a ground (18(8), outside paragraphs 9 to 29, so whatever treaty binds the states).
     */
    @Test
    void untocMlaWithoutATreatyDoesNotAllowBankSecrecy() {
        JsonObject decision = decide("ke-ae-mla-bank-records.json");
        assertEquals("MUST_EXECUTE", decision.get("outcome").getAsString());
        assertEquals(List.of(UNTOC), basis(decision));
        assertEquals("false", ground(decision, "18(9)").get("applies").getAsString());
        for (String citation : List.of("18(21)(a)", "18(21)(b)", "18(21)(c)", "18(21)(d)")) {
            assertEquals("unknown", ground(decision, citation).get("applies").getAsString(), citation);
        }
        JsonObject claim = decision.getAsJsonArray("claimedGrounds").get(0).getAsJsonObject();
        assertEquals("bank-secrecy", claim.get("claim").getAsString());
        assertEquals(false, claim.get("available").getAsBoolean());
        assertEquals("UNTOC art 18(8)", claim.get("decidedBy").getAsString());
        assertEquals(List.of("request.conforms", "requested.essential-interests", "requested.domestic-law-prohibits",
                "requested.contrary-to-legal-system"), strings(decision, "missingFacts"));
    }

    /**
     * Neither the penalty nor dual criminality is given: the threshold of art 2(1) (1 year in both states, as the
     * treaty fixes it) cannot be tested, so the case is undetermined and the facts of the scope are asked first.
     * The decision time limit of the treaty's art 18(1) runs all the same: 60 days from 27 May 2024 is 26 July 2024.
     */
    @Test
    void withoutPenaltyAndDualCriminalityTheCaseIsUndetermined() {
        JsonObject decision = decide("am-md-unknown-facts.json");
        assertEquals("UNDETERMINED", decision.get("outcome").getAsString());
        assertEquals(List.of(TREATY), basis(decision));
        assertTrue(decision.get("outcomeReason").getAsString().contains("art 2(1)"), decision.get("outcomeReason").toString());
        assertEquals(List.of("offence.max-penalty", "offence.max-penalty-requested", "offence.dual-criminality"),
                strings(decision, "missingFacts").subList(0, 3));
        assertEquals("2024-07-26", obligation(decision, "18(1)").get("due").getAsString());
    }

    /**
     * Provisional arrest under the Model Treaty art 9(4), [40] days fixed at 40 by the treaty: arrested on 1 March
     * 2024 (day 0), the person must be set free at the end of 10 April 2024 unless the request and its documents
     * arrive. The person is Armenian, so the nationality ground of art 4(a) does not apply, and no other ground is
     * established: extradition must be granted.
     */
    @Test
    void provisionalArrestEndsAfterFortyDays() {
        JsonObject decision = decide("am-md-provisional-arrest.json");
        assertEquals("MUST_EXECUTE", decision.get("outcome").getAsString());
        JsonObject release = obligation(decision, "9(4)");
        assertEquals("release", release.get("action").getAsString());
        assertEquals("requested", release.get("bearer").getAsString());
        assertEquals("2024-04-10", release.get("due").getAsString());
        assertEquals("false", ground(decision, "4(a)").get("applies").getAsString());
    }

    /**
     * Enforcement of a sentence with 4 months left: the treaty fixes the Model Treaty's [four/six] months at six
     * (art 2(1)), so the request is outside its scope.
     */
    @Test
    void enforcementBelowTheRemainingSentenceThresholdIsOutOfScope() {
        JsonObject decision = decide("am-md-enforcement-below-threshold.json");
        assertEquals("OUT_OF_SCOPE", decision.get("outcome").getAsString());
        String reason = decision.get("outcomeReason").getAsString();
        assertTrue(reason.contains("art 2(1)") && reason.contains("sentence.remaining") && reason.contains("6 months"), reason);
    }

    /**
     * No extradition treaty binds Kenya and the UAE; UNTOC art 16(4) and UNCAC art 44(5) make the conventions a
     * legal basis only for a requested state that requires a treaty and takes the convention as its basis, and this
     * one does not: there is no legal basis.
     */
    @Test
    void aTreatyRequiringStateThatDoesNotTakeTheConventionsAsBasisHasNoLegalBasis() {
        JsonObject decision = decide("ke-ae-extradition-no-basis.json");
        assertEquals("NO_LEGAL_BASIS", decision.get("outcome").getAsString());
        assertEquals(List.of(), basis(decision));
        String reason = decision.get("outcomeReason").getAsString();
        assertTrue(reason.contains("UNTOC art 16(4)") && reason.contains("UNCAC art 44(5)"), reason);
    }

    /** The treaty makes the Model Treaty's optional nationality ground mandatory; the duty to prosecute follows. */
    @Test
    void nationalOfTheRequestedStateIsRefusedAndProsecuted() {
        JsonObject decision = decide("am-md-national.json");
        assertEquals("MUST_REFUSE", decision.get("outcome").getAsString());
        assertEquals("true", ground(decision, "4(a)").get("applies").getAsString());
        assertEquals("submit-for-prosecution", obligation(decision, "4(a)").get("action").getAsString());
        assertEquals("2024-03-15", obligation(decision, "18(1)").get("due").getAsString());
    }

    private static List<String> basis(JsonObject decision) {
        List<String> ids = new ArrayList<>();
        decision.getAsJsonArray("legalBasis").forEach(b -> ids.add(b.getAsJsonObject().get("instrument").getAsString()));
        return ids;
    }

    private static List<String> strings(JsonObject decision, String field) {
        List<String> values = new ArrayList<>();
        decision.getAsJsonArray(field).forEach(v -> values.add(v.getAsString()));
        return values;
    }

    private static JsonObject ground(JsonObject decision, String citation) {
        return find(decision, "grounds", citation);
    }

    private static JsonObject obligation(JsonObject decision, String citation) {
        return find(decision, "obligations", citation);
    }

    private static JsonObject find(JsonObject decision, String field, String citation) {
        for (JsonElement element : decision.getAsJsonArray(field)) {
            if (element.getAsJsonObject().get("citation").getAsString().equals(citation)) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + field + " entry for " + citation + " in " + decision);
    }
}
