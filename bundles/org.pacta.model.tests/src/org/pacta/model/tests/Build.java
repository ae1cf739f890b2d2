// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import java.time.LocalDate;
import java.util.List;

import org.pacta.model.And;
import org.pacta.model.Article;
import org.pacta.model.BooleanValue;
import org.pacta.model.Condition;
import org.pacta.model.DateValue;
import org.pacta.model.Duration;
import org.pacta.model.DurationUnit;
import org.pacta.model.DurationValue;
import org.pacta.model.Duty;
import org.pacta.model.EnumValue;
import org.pacta.model.FactTest;
import org.pacta.model.Instrument;
import org.pacta.model.ModalVerb;
import org.pacta.model.Not;
import org.pacta.model.NumberValue;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.Operator;
import org.pacta.model.Or;
import org.pacta.model.Parameter;
import org.pacta.model.Provision;
import org.pacta.model.Role;
import org.pacta.model.RoleValue;
import org.pacta.model.SetValue;
import org.pacta.model.StateValue;
import org.pacta.model.TextValue;
import org.pacta.model.Value;
import org.pacta.model.Verification;
import org.pacta.model.VerificationStatus;

/** Terse constructors for sample models, so that the samples read close to the DSL they stand for. */
final class Build {

    static final ObligationsFactory F = ObligationsFactory.eINSTANCE;

    private Build() {
    }

    static Article article(Instrument instrument, String number, String title) {
        Article article = F.createArticle();
        article.setNumber(number);
        article.setTitle(title);
        instrument.getArticles().add(article);
        return article;
    }

    /** Sets the common provision fields and adds the provision to its article. */
    static <P extends Provision> P provision(Article article, P provision, String citation, String text) {
        provision.setCitation(citation);
        provision.setText(text);
        article.getProvisions().add(provision);
        return provision;
    }

    static Verification unverified(String reason) {
        Verification verification = F.createVerification();
        verification.setStatus(VerificationStatus.UNVERIFIED);
        verification.setReason(reason);
        return verification;
    }

    // ------------------------------------------------------------ durations

    static Duration duration(int amount, DurationUnit unit) {
        Duration duration = F.createDuration();
        duration.setAmount(amount);
        duration.setUnit(unit);
        return duration;
    }

    static Duration days(int amount) {
        return duration(amount, DurationUnit.DAYS);
    }

    static Duration months(int amount) {
        return duration(amount, DurationUnit.MONTHS);
    }

    static Duration years(int amount) {
        return duration(amount, DurationUnit.YEARS);
    }

    static Duration life() {
        Duration duration = F.createDuration();
        duration.setLife(true);
        return duration;
    }

    /** An amount the model treaty leaves open: written {@code [name]} in the DSL. */
    static Duration open(Parameter parameter) {
        Duration duration = F.createDuration();
        duration.setParameter(parameter);
        return duration;
    }

    // ------------------------------------------------------------ conditions

    static FactTest isTrue(String fact) {
        return test(fact, Operator.EQ, bool(true));
    }

    static FactTest test(String fact, Operator operator, Value value) {
        FactTest test = F.createFactTest();
        test.setFact(fact);
        test.setOperator(operator);
        test.setValue(value);
        return test;
    }

    static And and(Condition... operands) {
        And and = F.createAnd();
        and.getOperands().addAll(List.of(operands));
        return and;
    }

    static Or or(Condition... operands) {
        Or or = F.createOr();
        or.getOperands().addAll(List.of(operands));
        return or;
    }

    static Not not(Condition operand) {
        Not not = F.createNot();
        not.setOperand(operand);
        return not;
    }

    // ------------------------------------------------------------ values

    static BooleanValue bool(boolean value) {
        BooleanValue v = F.createBooleanValue();
        v.setValue(value);
        return v;
    }

    static NumberValue number(long value) {
        NumberValue v = F.createNumberValue();
        v.setValue(value);
        return v;
    }

    static TextValue text(String value) {
        TextValue v = F.createTextValue();
        v.setValue(value);
        return v;
    }

    static DateValue date(String isoDate) {
        DateValue v = F.createDateValue();
        v.setValue(LocalDate.parse(isoDate));
        return v;
    }

    static StateValue state(String code) {
        StateValue v = F.createStateValue();
        v.setCode(code);
        return v;
    }

    static RoleValue role(Role role) {
        RoleValue v = F.createRoleValue();
        v.setRole(role);
        return v;
    }

    static EnumValue literal(String name) {
        EnumValue v = F.createEnumValue();
        v.setLiteral(name);
        return v;
    }

    static DurationValue durationValue(Duration duration) {
        DurationValue v = F.createDurationValue();
        v.setDuration(duration);
        return v;
    }

    static SetValue set(Value... items) {
        SetValue v = F.createSetValue();
        v.getItems().addAll(List.of(items));
        return v;
    }

    // ------------------------------------------------------------ duties

    static Duty duty(Role bearer, ModalVerb modal, String action, Condition condition) {
        Duty duty = F.createDuty();
        duty.setBearer(bearer);
        duty.setModal(modal);
        duty.setAction(action);
        duty.setCondition(condition);
        return duty;
    }
}
