// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/** The grammar accepts any YYYY-MM-DD; this check rejects dates that do not exist, such as 2023-02-29. */
public class DateChecks extends PactaCheckBase {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Check
    public void datesExist(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isMany() || attribute.getEType().getInstanceClass() != String.class) {
                continue;
            }
            Object value = object.eGet(attribute);
            if (value instanceof String text && DATE.matcher(text).matches()) {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    error("There is no such date: " + text, object, attribute, IssueCodes.INVALID_DATE);
                }
            }
        }
    }
}
