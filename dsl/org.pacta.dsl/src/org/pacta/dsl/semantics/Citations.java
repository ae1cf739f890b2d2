// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.semantics;

/** Reading citations such as {@code 4(a)}, {@code 17.3}, {@code 3a} or {@code XII(1)}. */
public final class Citations {

    private Citations() {
    }

    /** The article a citation points into: {@code 4(a)} → 4, {@code 2.1b} → 2, {@code 3a} → 3, {@code XII(1)} → XII. */
    public static String articleOf(String citation) {
        if (citation == null || citation.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < citation.length() && citation.charAt(end) != '.' && citation.charAt(end) != '(') {
            end++;
        }
        String head = citation.substring(0, end);
        if (Character.isDigit(head.charAt(0))) {
            int digits = 0;
            while (digits < head.length() && Character.isDigit(head.charAt(digits))) {
                digits++;
            }
            return head.substring(0, digits);
        }
        return head;
    }

    /** How a lawyer reads it: {@code art 4(a)}. */
    public static String display(String citation) {
        return "art " + citation;
    }
}
