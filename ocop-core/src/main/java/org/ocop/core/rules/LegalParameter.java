package org.ocop.core.rules;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.ocop.core.AuthorityLevel;

/**
 * One dated value of a legal parameter of a rulebook (<i>tham số pháp lý</i>), the way a legislative
 * parameter is kept with the days it applies and its legal reference (docs/rules.md §1): e.g. "a certificate
 * is valid 36 months, from 22 May 2026, Decision 26/2026/QĐ-TTg Art. 4 cl. 3".
 *
 * <p>A value is either known ({@link #getValue()}) or explicitly unknown, with the reason
 * ({@link #getUnknownReason()}): where the sources give no value, the rulebook says so instead of guessing.
 * The period is closed: {@link #getFrom()} and {@link #getTo()} are both applying days; an absent bound is
 * open. A rulebook holds at most one value of a name on any day.
 */
@Value.Immutable
public interface LegalParameter {

    /** @return which parameter */
    ParameterName getName();

    /** @return the first day the value applies; empty: from the start of the rulebook */
    @SuppressWarnings("immutables:from") // the builder's copy method is not generated; build parameters field by field
    Optional<LocalDate> getFrom();

    /** @return the last day the value applies; empty: open-ended */
    Optional<LocalDate> getTo();

    /** @return the value as the law gives it (a number, a date {@code yyyy-MM-dd} or an enum name); empty when unknown */
    Optional<String> getValue();

    /** @return why no value is known (the sources are silent); present exactly when {@link #getValue()} is empty */
    Optional<String> getUnknownReason();

    /** @return the decision or source the value comes from, e.g. "Quyết định 26/2026/QĐ-TTg" */
    @NotBlank
    String getDecision();

    /** @return the article (<i>Điều</i>), e.g. "4" */
    Optional<String> getArticle();

    /** @return the clause (<i>khoản</i>), e.g. "3" */
    Optional<String> getClause();

    /** @return the point (<i>điểm</i>), e.g. "a" */
    Optional<String> getPoint();

    /** @return the annex (<i>Phụ lục</i>), e.g. "II" */
    Optional<String> getAnnex();

    /** @return a note on the reference, e.g. that only a news summary of the decision was available */
    Optional<String> getNote();

    /** @return whether a value is known */
    default boolean isKnown() {
        return getValue().isPresent();
    }

    /**
     * @param day a day
     * @return whether the value applies on that day
     */
    default boolean appliesOn(LocalDate day) {
        Optional<LocalDate> from = getFrom();
        Optional<LocalDate> to = getTo();
        return (from.isEmpty() || !day.isBefore(from.get())) && (to.isEmpty() || !day.isAfter(to.get()));
    }

    /** @return the reference in one line, e.g. "Quyết định 26/2026/QĐ-TTg, Điều 4 khoản 3" */
    default String getReference() {
        StringBuilder b = new StringBuilder(getDecision());
        getAnnex().ifPresent(a -> b.append(", Phụ lục ").append(a));
        getArticle().ifPresent(a -> b.append(", Điều ").append(a));
        getClause().ifPresent(c -> b.append(" khoản ").append(c));
        getPoint().ifPresent(p -> b.append(" điểm ").append(p));
        return b.toString();
    }

    /**
     * @return the value as an integer
     * @throws ParameterException if the value is unknown or not an integer
     */
    default int asInt() {
        return parse(Integer::valueOf, "an integer");
    }

    /**
     * @return the value as a decimal
     * @throws ParameterException if the value is unknown or not a number
     */
    default BigDecimal asDecimal() {
        return parse(BigDecimal::new, "a number");
    }

    /**
     * @return the value as a date
     * @throws ParameterException if the value is unknown or not a date {@code yyyy-MM-dd}
     */
    default LocalDate asDate() {
        return parse(LocalDate::parse, "a date");
    }

    /**
     * @return the value as an administrative level
     * @throws ParameterException if the value is unknown or not an {@link AuthorityLevel} name
     */
    default AuthorityLevel asLevel() {
        return parse(AuthorityLevel::valueOf, "an authority level");
    }

    private <T> T parse(Function<String, T> parser, String kind) {
        String v = getValue().orElseThrow(() -> new ParameterException(getName() + " has no known value ("
                + getUnknownReason().orElse("") + ")"));
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ParameterException(getName() + " is not " + kind + ": " + v, e);
        }
    }

    /** Checks that exactly one of value and unknown reason is given and that the period is in order. */
    @Value.Check
    default void check() {
        if (getValue().isPresent() == getUnknownReason().isPresent()) {
            throw new IllegalArgumentException("legal parameter " + getName()
                    + ": give either a value or the reason it is unknown, not both or neither");
        }
        if (getValue().isPresent() && getValue().get().isBlank()) {
            throw new IllegalArgumentException("legal parameter " + getName() + ": blank value");
        }
        if (getFrom().isPresent() && getTo().isPresent() && getTo().get().isBefore(getFrom().get())) {
            throw new IllegalArgumentException("legal parameter " + getName() + ": 'to' is before 'from'");
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LegalParameter}. */
    final class Builder extends ImmutableLegalParameter.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
