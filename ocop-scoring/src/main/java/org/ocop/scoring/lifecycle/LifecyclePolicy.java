package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.ParameterName;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.RulebookCatalogue;

/**
 * The dates of the recognition lifecycle (docs/rules.md §4): the durations are the dated legal parameters of
 * one rulebook, the <em>lifecycle rulebook</em>, and the two ⚖ decisions the sources leave open are settings.
 * Immutable and thread-safe; {@link #standard()} is the project's default.
 *
 * <p>Durations read from the lifecycle rulebook (parameter, and its value in 26/2026):
 * <ul>
 *   <li>{@link ParameterName#CERTIFICATE_VALIDITY_MONTHS}: a certificate is valid 36 months from its issue date
 *       (Art. 4.3), read on the issue day;
 *   <li>{@link ParameterName#RE_EVALUATION_WINDOW_OPENS_DAYS}, {@link ParameterName#RE_EVALUATION_WINDOW_CLOSES_DAYS}:
 *       the re-evaluation dossier is filed no earlier than 180 and no later than 120 days before expiry
 *       (Art. 7.6a), read on the expiry day;
 *   <li>{@link ParameterName#RE_EVALUATION_DECISION_DAYS}: decided within 45 days of the complete dossier (Art.
 *       7.6), read on the filing day;
 *   <li>{@link ParameterName#EXPIRY_NOTICE_DAYS}: the issuer notifies the holder at least 30 days before expiry
 *       (stated by 148; 26/2026 is silent and its document keeps 148's rule, see docs/rules.md §4);
 *   <li>{@link ParameterName#TRANSITIONAL_GRACE_DAYS}: a certificate due for re-evaluation stays valid until the
 *       decision, at most 180 days after expiry (Art. 12);
 *   <li>{@link ParameterName#REVOCATION_DELAY_DAYS}: the revocation is issued 15 days after the conclusion (Art. 8);
 *   <li>{@link ParameterName#DISTRICT_LEVEL_ENDS}: from 1 Jul 2025 the province revokes certificates a district
 *       issued.
 * </ul>
 *
 * <p>⚖ Decisions (the sources do not settle them):
 * <ul>
 *   <li>The lifecycle rulebook is by default the newest shipped rulebook (26/2026): its procedure governs every
 *       certificate still in force, whatever rulebook the product was scored under (Art. 12.1 keeps older
 *       certificates valid until they expire). {@link #withRulebook(Rulebook)} changes it.
 *   <li>{@link ValidityEnd}: what "36 months from the issue date" gives as the last valid day. Default
 *       {@link ValidityEnd#ON_CORRESPONDING_DAY}: {@code issuedOn.plusMonths(36)}, i.e. the same calendar day
 *       36 months later, or the month's last day when that month is shorter (31 Jan 2026 → 31 Jan 2029;
 *       29 Feb 2024 → 28 Feb 2027). This follows the project's reading of the Civil Code 2015 Art. 147–148
 *       (first day not counted; a month-period ends at the end of the corresponding day, or the last day of
 *       a month without it), with the alternative {@link ValidityEnd#DAY_BEFORE}.
 *   <li>"Days" are calendar days (the texts say "ngày", and say "ngày làm việc" where they mean working
 *       days, e.g. the commune's 15 working days); "expiry" is the last valid day.
 *   <li>{@link GraceScope}: Art. 12 is a transitional article, so by default the grace covers certificates
 *       issued before the lifecycle rulebook took effect; it needs a re-evaluation dossier filed on or before the
 *       expiry day and not yet decided.
 * </ul>
 */
public final class LifecyclePolicy {

    /** ⚖ What "valid 36 months from the issue date" gives as the last valid day. */
    public enum ValidityEnd {
        /** Last valid day = {@code issuedOn.plusMonths(months)} (default; Civil Code reading, see class Javadoc). */
        ON_CORRESPONDING_DAY,
        /** Last valid day = the day before {@code issuedOn.plusMonths(months)}. */
        DAY_BEFORE
    }

    /** ⚖ Which certificates the transitional grace (26/2026 Art. 12) covers. */
    public enum GraceScope {
        /** Certificates issued before the lifecycle rulebook took effect (default). */
        ISSUED_BEFORE_RULEBOOK,
        /** Every certificate. */
        ALL_CERTIFICATES,
        /** None: a certificate always ends on its expiry day. */
        NONE
    }

    private static final Object STANDARD_LOCK = new Object();
    private static volatile LifecyclePolicy standard;

    private final Rulebook rulebook;
    private final ValidityEnd validityEnd;
    private final GraceScope graceScope;

    private LifecyclePolicy(Rulebook rulebook, ValidityEnd validityEnd, GraceScope graceScope) {
        this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
        this.validityEnd = Objects.requireNonNull(validityEnd, "validityEnd");
        this.graceScope = Objects.requireNonNull(graceScope, "graceScope");
    }

    /**
     * @return the default policy: the newest shipped rulebook's durations, corresponding-day validity, grace for
     *     certificates issued before that rulebook took effect
     * @throws org.ocop.scoring.rulebooks.RulebookException if the shipped rulebook cannot be read
     */
    public static LifecyclePolicy standard() {
        LifecyclePolicy p = standard;
        if (p == null) {
            synchronized (STANDARD_LOCK) {
                p = standard;
                if (p == null) {
                    p = forRulebook(RulebookCatalogue.standard().getNewest());
                    standard = p;
                }
            }
        }
        return p;
    }

    /**
     * @param rulebook the lifecycle rulebook, whose legal parameters give the durations
     * @return the policy with the default ⚖ settings
     */
    public static LifecyclePolicy forRulebook(Rulebook rulebook) {
        return new LifecyclePolicy(rulebook, ValidityEnd.ON_CORRESPONDING_DAY, GraceScope.ISSUED_BEFORE_RULEBOOK);
    }

    /**
     * @param lifecycleRulebook the rulebook whose legal parameters give the durations
     * @return a copy reading that rulebook
     */
    public LifecyclePolicy withRulebook(Rulebook lifecycleRulebook) {
        return new LifecyclePolicy(lifecycleRulebook, validityEnd, graceScope);
    }

    /**
     * @param end how the last valid day is computed
     * @return a copy with that rule
     */
    public LifecyclePolicy withValidityEnd(ValidityEnd end) {
        return new LifecyclePolicy(rulebook, end, graceScope);
    }

    /**
     * @param scope which certificates get the transitional grace
     * @return a copy with that scope
     */
    public LifecyclePolicy withGraceScope(GraceScope scope) {
        return new LifecyclePolicy(rulebook, validityEnd, scope);
    }

    /** @return the lifecycle rulebook */
    public Rulebook getRulebook() {
        return rulebook;
    }

    /** @return the validity rule */
    public ValidityEnd getValidityEnd() {
        return validityEnd;
    }

    /** @return the grace scope */
    public GraceScope getGraceScope() {
        return graceScope;
    }

    /**
     * @param name a parameter
     * @param day the day it is needed
     * @return its value in days or months
     * @throws org.ocop.core.rules.ParameterException if the lifecycle rulebook gives no known value that day
     */
    int days(ParameterName name, LocalDate day) {
        return rulebook.requireParameter(name, day).asInt();
    }

    /**
     * @param issuedOn the issue (decision) day
     * @return the last valid day, {@link ParameterName#CERTIFICATE_VALIDITY_MONTHS} on ({@link ValidityEnd})
     * @throws org.ocop.core.rules.ParameterException if the lifecycle rulebook states no validity that day
     */
    public LocalDate validUntil(LocalDate issuedOn) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        LocalDate corresponding = issuedOn.plusMonths(days(ParameterName.CERTIFICATE_VALIDITY_MONTHS, issuedOn));
        return validityEnd == ValidityEnd.ON_CORRESPONDING_DAY ? corresponding : corresponding.minusDays(1);
    }

    /**
     * @param certificate a certificate
     * @return its dates: expiry, re-evaluation window, notice, grace
     * @throws org.ocop.core.rules.ParameterException if the lifecycle rulebook lacks a duration
     */
    public CertificateSchedule schedule(Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        LocalDate expiry = certificate.getValidUntil();
        return new CertificateSchedule(certificate,
                expiry.minusDays(days(ParameterName.RE_EVALUATION_WINDOW_OPENS_DAYS, expiry)),
                expiry.minusDays(days(ParameterName.RE_EVALUATION_WINDOW_CLOSES_DAYS, expiry)),
                expiry.minusDays(days(ParameterName.EXPIRY_NOTICE_DAYS, expiry)),
                graceApplies(certificate) ? expiry.plusDays(days(ParameterName.TRANSITIONAL_GRACE_DAYS, expiry)) : null);
    }

    /**
     * @param certificate a certificate
     * @return whether the transitional grace of Art. 12 can extend it (⚖ {@link GraceScope})
     */
    public boolean graceApplies(Certificate certificate) {
        return switch (graceScope) {
            case ALL_CERTIFICATES -> true;
            case NONE -> false;
            case ISSUED_BEFORE_RULEBOOK -> certificate.getIssuedOn().isBefore(rulebook.getEffectiveFrom());
        };
    }

    /**
     * @param filedOn the day the complete re-evaluation dossier was received
     * @return the last day for the decision, {@link ParameterName#RE_EVALUATION_DECISION_DAYS} on (26/2026 Art. 7.6: 45)
     */
    public LocalDate decisionDeadline(LocalDate filedOn) {
        Objects.requireNonNull(filedOn, "filedOn");
        return filedOn.plusDays(days(ParameterName.RE_EVALUATION_DECISION_DAYS, filedOn));
    }

    /**
     * @param concludedOn the day of the conclusion a revocation rests on
     * @return the day the revocation is issued, {@link ParameterName#REVOCATION_DELAY_DAYS} on (26/2026 Art. 8: 15)
     */
    public LocalDate revocationEffectiveOn(LocalDate concludedOn) {
        Objects.requireNonNull(concludedOn, "concludedOn");
        return concludedOn.plusDays(days(ParameterName.REVOCATION_DELAY_DAYS, concludedOn));
    }

    /** @return the revocation delay in days on a day, for messages */
    int revocationDelayDays(LocalDate concludedOn) {
        return days(ParameterName.REVOCATION_DELAY_DAYS, concludedOn);
    }

    /**
     * The level that revokes a certificate: the one that issued it (26/2026 Art. 8), except that from the
     * lifecycle rulebook's {@link ParameterName#DISTRICT_LEVEL_ENDS} the province takes over district-issued
     * certificates (⚖: districts no longer exist; 26/2026 gives 3★ to the province). A rulebook that states no
     * such day keeps the issuer.
     *
     * @param certificate the certificate
     * @param on the day of the revocation
     * @return the revoking level
     */
    public AuthorityLevel revokingLevel(Certificate certificate, LocalDate on) {
        AuthorityLevel issuer = certificate.getIssuerLevel();
        if (issuer != AuthorityLevel.DISTRICT) {
            return issuer;
        }
        boolean abolished = rulebook.parameter(ParameterName.DISTRICT_LEVEL_ENDS, on).filter(LegalParameter::isKnown)
                .map(p -> !on.isBefore(p.asDate())).orElse(false);
        return abolished ? AuthorityLevel.PROVINCE : issuer;
    }

    /**
     * Issues a certificate whose last valid day follows this policy.
     *
     * @param request what the recognition decision says
     * @return the certificate
     */
    public Certificate issue(CertificateRequest request) {
        Objects.requireNonNull(request, "request");
        return Certificate.builder().productId(request.getProductId()).rating(request.getRank())
                .issuerLevel(request.getIssuerLevel()).issuingAuthority(request.getAuthority())
                .decisionNumber(request.getDecisionNumber()).issuedOn(request.getIssuedOn())
                .validUntil(validUntil(request.getIssuedOn())).rulebookId(request.getRulebookId()).build();
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
     * @deprecated seven positional parameters, three of them adjacent strings: use {@link #issue(CertificateRequest)}
     */
    @Deprecated
    public Certificate issue(String productId, org.ocop.core.StarRating rank, AuthorityLevel issuerLevel, String authority,
            String decisionNumber, LocalDate issuedOn, String rulebookId) {
        return issue(CertificateRequest.builder().productId(productId).rank(rank).issuerLevel(issuerLevel)
                .authority(authority).decisionNumber(decisionNumber).issuedOn(issuedOn).rulebookId(rulebookId).build());
    }

    @Override
    public String toString() {
        return "LifecyclePolicy[" + rulebook.getId() + ", " + validityEnd + ", grace " + graceScope + "]";
    }
}
