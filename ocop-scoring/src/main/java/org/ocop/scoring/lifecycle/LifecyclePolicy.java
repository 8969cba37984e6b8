package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;

/**
 * The dates of the recognition lifecycle ({@code ocop-rules.md} §4), with the two ⚖ decisions the sources
 * leave open as settings. Immutable and thread-safe; {@link #standard()} is the project's default.
 *
 * <p>Sourced durations (named constants):
 * <ul>
 *   <li>{@link #VALIDITY_MONTHS}: a certificate is valid 36 months from its issue date (26/2026 Art. 4.3;
 *       148 per [S9]);
 *   <li>{@link #WINDOW_OPENS_DAYS_BEFORE_EXPIRY}, {@link #WINDOW_CLOSES_DAYS_BEFORE_EXPIRY}: the
 *       re-evaluation dossier is filed no earlier than 180 and no later than 120 days before expiry
 *       (26/2026 Art. 7.6a);
 *   <li>{@link #RE_EVALUATION_DECISION_DAYS}: the re-evaluation is decided within 45 days of the complete
 *       dossier (Art. 7.6);
 *   <li>{@link #NOTICE_DAYS_BEFORE_EXPIRY}: the issuer notifies the holder at least 30 days before expiry
 *       (148, [S9] "Chậm nhất 30 ngày trước ngày hết thời hạn 36 tháng");
 *   <li>{@link #TRANSITIONAL_GRACE_DAYS}: a certificate due for re-evaluation stays valid until the decision,
 *       at most 180 days after expiry (26/2026 Art. 12);
 *   <li>{@link #REVOCATION_DELAY_DAYS}: the revocation is issued 15 days after the conclusion (Art. 8).
 * </ul>
 *
 * <p>⚖ Decisions (research notes do not settle them):
 * <ul>
 *   <li>{@link ValidityEnd}: what "36 months from the issue date" gives as the last valid day. Default
 *       {@link ValidityEnd#ON_CORRESPONDING_DAY}: {@code issuedOn.plusMonths(36)}, i.e. the same calendar day
 *       36 months later, or the month's last day when that month is shorter (31 Jan 2026 → 31 Jan 2029;
 *       29 Feb 2024 → 28 Feb 2027). This follows the project's reading of the Civil Code 2015 Art. 147–148
 *       (first day not counted; a month-period ends at the end of the corresponding day, or the last day of
 *       a month without it) — that reading is not in the research notes, so it is a ⚖ with the
 *       alternative {@link ValidityEnd#DAY_BEFORE}.
 *   <li>"Days" are calendar days (the texts say "ngày", and say "ngày làm việc" where they mean working
 *       days, e.g. the commune's 15 working days); "expiry" is the last valid day.
 *   <li>{@link GraceScope}: Art. 12 is a transitional article, so by default the grace covers certificates
 *       issued before 26/2026 took effect ({@link #DECISION_26_2026_EFFECTIVE}); it needs a re-evaluation
 *       dossier filed on or before the expiry day and not yet decided.
 * </ul>
 */
public final class LifecyclePolicy {

    /** Validity of a certificate in months from its issue date (26/2026 Art. 4.3). */
    public static final int VALIDITY_MONTHS = 36;
    /** The re-evaluation window opens this many days before expiry (26/2026 Art. 7.6a). */
    public static final int WINDOW_OPENS_DAYS_BEFORE_EXPIRY = 180;
    /** The re-evaluation window closes this many days before expiry (26/2026 Art. 7.6a). */
    public static final int WINDOW_CLOSES_DAYS_BEFORE_EXPIRY = 120;
    /** The issuer notifies the holder at least this many days before expiry (148/QĐ-TTg, [S9]). */
    public static final int NOTICE_DAYS_BEFORE_EXPIRY = 30;
    /** A re-evaluation is decided within this many days of the complete dossier (26/2026 Art. 7.6). */
    public static final int RE_EVALUATION_DECISION_DAYS = 45;
    /** The transitional grace lasts at most this many days after expiry (26/2026 Art. 12). */
    public static final int TRANSITIONAL_GRACE_DAYS = 180;
    /** A revocation is issued this many days after the conclusion it rests on (26/2026 Art. 8). */
    public static final int REVOCATION_DELAY_DAYS = 15;
    /** The day Decision 26/2026/QĐ-TTg took effect (signing day, research notes §2.1). */
    public static final LocalDate DECISION_26_2026_EFFECTIVE = LocalDate.of(2026, 5, 22);
    /**
     * The day districts ceased to exist (1 Jul 2025, {@link AuthorityLevel}); from then on the province
     * revokes certificates that a district issued.
     */
    public static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

    /** ⚖ What "valid 36 months from the issue date" gives as the last valid day. */
    public enum ValidityEnd {
        /** Last valid day = {@code issuedOn.plusMonths(36)} (default; Civil Code reading, see class Javadoc). */
        ON_CORRESPONDING_DAY,
        /** Last valid day = the day before {@code issuedOn.plusMonths(36)}. */
        DAY_BEFORE
    }

    /** ⚖ Which certificates the transitional grace of 26/2026 Art. 12 covers. */
    public enum GraceScope {
        /** Certificates issued before {@link #DECISION_26_2026_EFFECTIVE} (default). */
        ISSUED_BEFORE_26_2026,
        /** Every certificate. */
        ALL_CERTIFICATES,
        /** None: a certificate always ends on its expiry day. */
        NONE
    }

    private static final LifecyclePolicy STANDARD =
            new LifecyclePolicy(ValidityEnd.ON_CORRESPONDING_DAY, GraceScope.ISSUED_BEFORE_26_2026);

    private final ValidityEnd validityEnd;
    private final GraceScope graceScope;

    private LifecyclePolicy(ValidityEnd validityEnd, GraceScope graceScope) {
        this.validityEnd = Objects.requireNonNull(validityEnd, "validityEnd");
        this.graceScope = Objects.requireNonNull(graceScope, "graceScope");
    }

    /** @return the default policy: corresponding-day validity, grace for certificates issued before 26/2026 */
    public static LifecyclePolicy standard() {
        return STANDARD;
    }

    /**
     * @param end how the last valid day is computed
     * @return a copy with that rule
     */
    public LifecyclePolicy withValidityEnd(ValidityEnd end) {
        return new LifecyclePolicy(end, graceScope);
    }

    /**
     * @param scope which certificates get the transitional grace
     * @return a copy with that scope
     */
    public LifecyclePolicy withGraceScope(GraceScope scope) {
        return new LifecyclePolicy(validityEnd, scope);
    }

    /** @return the validity rule */
    public ValidityEnd validityEnd() {
        return validityEnd;
    }

    /** @return the grace scope */
    public GraceScope graceScope() {
        return graceScope;
    }

    /**
     * @param issuedOn the issue (decision) day
     * @return the last valid day, 36 months on ({@link ValidityEnd})
     */
    public LocalDate validUntil(LocalDate issuedOn) {
        LocalDate corresponding = Objects.requireNonNull(issuedOn, "issuedOn").plusMonths(VALIDITY_MONTHS);
        return validityEnd == ValidityEnd.ON_CORRESPONDING_DAY ? corresponding : corresponding.minusDays(1);
    }

    /**
     * @param certificate a certificate
     * @return its dates: expiry, re-evaluation window, notice, grace
     */
    public CertificateSchedule schedule(Certificate certificate) {
        return new CertificateSchedule(Objects.requireNonNull(certificate, "certificate"), graceApplies(certificate)
                ? certificate.getValidUntil().plusDays(TRANSITIONAL_GRACE_DAYS) : null);
    }

    /**
     * @param certificate a certificate
     * @return whether the transitional grace of Art. 12 can extend it (⚖ {@link GraceScope})
     */
    public boolean graceApplies(Certificate certificate) {
        return switch (graceScope) {
            case ALL_CERTIFICATES -> true;
            case NONE -> false;
            case ISSUED_BEFORE_26_2026 -> certificate.getIssuedOn().isBefore(DECISION_26_2026_EFFECTIVE);
        };
    }

    /**
     * @param filedOn the day the complete re-evaluation dossier was received
     * @return the last day for the decision, 45 days on (26/2026 Art. 7.6)
     */
    public LocalDate decisionDeadline(LocalDate filedOn) {
        return Objects.requireNonNull(filedOn, "filedOn").plusDays(RE_EVALUATION_DECISION_DAYS);
    }

    /**
     * @param concludedOn the day of the conclusion a revocation rests on
     * @return the day the revocation is issued, 15 days on (26/2026 Art. 8)
     */
    public LocalDate revocationEffectiveOn(LocalDate concludedOn) {
        return Objects.requireNonNull(concludedOn, "concludedOn").plusDays(REVOCATION_DELAY_DAYS);
    }

    /**
     * The level that revokes a certificate: the one that issued it (26/2026 Art. 8), except that from
     * {@link #DISTRICTS_ABOLISHED} the province takes over district-issued certificates (⚖: districts no
     * longer exist; 26/2026 gives 3★ to the province).
     *
     * @param certificate the certificate
     * @param on the day of the revocation
     * @return the revoking level
     */
    public AuthorityLevel revokingLevel(Certificate certificate, LocalDate on) {
        AuthorityLevel issuer = certificate.getIssuerLevel();
        return issuer == AuthorityLevel.DISTRICT && !on.isBefore(DISTRICTS_ABOLISHED) ? AuthorityLevel.PROVINCE : issuer;
    }

    /**
     * Issues a certificate whose last valid day follows this policy.
     *
     * @param productId the product
     * @param rank 3★ to 5★
     * @param issuerLevel the recognising level (see {@code RecognitionPolicy})
     * @param authority the issuing authority, e.g. "UBND tỉnh Lào Cai"
     * @param decisionNumber e.g. "1234/QĐ-UBND"
     * @param issuedOn the decision day
     * @param rulebookId the rulebook the product was scored under
     * @return the certificate
     * @throws IllegalArgumentException for 1★/2★ or blank texts
     */
    public Certificate issue(String productId, StarRating rank, AuthorityLevel issuerLevel, String authority,
            String decisionNumber, LocalDate issuedOn, String rulebookId) {
        return Certificate.builder().productId(productId).rating(rank).issuerLevel(issuerLevel)
                .issuingAuthority(authority).decisionNumber(decisionNumber).issuedOn(issuedOn)
                .validUntil(validUntil(issuedOn)).rulebookId(rulebookId).build();
    }

    @Override
    public String toString() {
        return "LifecyclePolicy[" + validityEnd + ", grace " + graceScope + "]";
    }
}
