// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes: the 249 officially assigned codes, plus {@code EU}, an exceptionally reserved code
 * that the standard sets aside for the European Union, which is itself a party to UNTOC and UNCAC.
 */
public final class StateCodes {

    private static final Set<String> ASSIGNED = Set.of((""
            + "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW "
            + "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI "
            + "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN "
            + "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME "
            + "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF "
            + "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
            + "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE "
            + "YT ZA ZM ZW").split(" "));

    /** Exceptionally reserved codes accepted as parties. */
    private static final Set<String> RESERVED_PARTIES = Set.of("EU");

    private StateCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && (ASSIGNED.contains(code) || RESERVED_PARTIES.contains(code));
    }

    /** Number of officially assigned codes, for tests that guard the list against accidental edits. */
    public static int assignedCount() {
        return ASSIGNED.size();
    }
}
