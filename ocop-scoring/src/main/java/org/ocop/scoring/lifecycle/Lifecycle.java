package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.recognition.LifecycleState;
import org.ocop.core.recognition.Revocation;
import org.ocop.core.recognition.RevocationGround;

/**
 * The recognition state machine (docs/rules.md §4): replays a product's immutable
 * {@link LifecycleEvent}s, rejects illegal transitions with an {@link IllegalTransitionException}, and answers
 * "state on day D" as a pure function of the events.
 *
 * <p>States: {@code RECOGNISED → EXPIRING} (from the day the re-evaluation window opens, expiry − 180 days,
 * until expiry; ⚖ the state stays EXPIRING after the window closes, since the certificate is still valid)
 * {@code → RENEWED | EXPIRED}, with {@code EXTENDED} for the transitional grace (26/2026 Art. 12),
 * {@code UPGRADED} when a higher rank replaces the certificate and {@code REVOKED} (Art. 8). Entering the
 * window and expiring follow from the dates; every other transition is an event. The legal transitions:
 *
 * <ul>
 *   <li>{@code RECOGNISED} (first recognition): when the product holds no certificate in force (none yet,
 *       expired or revoked);
 *   <li>{@code RE_EVALUATION_FILED}: while the certificate is valid (on or before expiry), not before the
 *       window opens (Art. 7.6a "no earlier than 180 days"), and not while another filing is undecided; a
 *       filing after the window closed is accepted as late (⚖: Art. 12 expects late filings);
 *   <li>{@code RENEWED}, {@code NOT_RENEWED}: only on a pending filing, while the certificate is in force
 *       (including the grace); the decision is due 45 days after filing (Art. 7.6), a late decision is still
 *       accepted ({@link LifecycleHistory#reEvaluationDeadlineOn}); a renewal may carry any recognised rank
 *       (a re-evaluation can end at a lower rank, docs/rules.md §4 "Inspection");
 *   <li>{@code UPGRADED}: while in force, to a strictly higher rank (Art. 7.5);
 *   <li>{@code INSPECTED}: while in force (Art. 9);
 *   <li>{@code REVOKED}: while in force, of the current certificate, by the level that issued it
 *       ({@link LifecyclePolicy#revokingLevel}), not before 15 days after the conclusion (Art. 8).
 * </ul>
 *
 * <p>Events are replayed by day; events of the same day keep the order given. Immutable and thread-safe.
 */
public final class Lifecycle {


    private final LifecyclePolicy policy;

    private Lifecycle(LifecyclePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return the lifecycle under {@link LifecyclePolicy#standard()} */
    public static Lifecycle standard() {
        return new Lifecycle(LifecyclePolicy.standard());
    }

    /**
     * @param policy the dates and ⚖ settings to use
     * @return the lifecycle under that policy
     */
    public static Lifecycle with(LifecyclePolicy policy) {
        return new Lifecycle(policy);
    }

    /** @return the policy */
    public LifecyclePolicy getPolicy() {
        return policy;
    }

    /**
     * The product's state on a day under the standard policy: a pure function of the events.
     *
     * @param events one product's events, in any order
     * @param day the day
     * @return the state, empty when the product held no certificate on that day
     * @throws IllegalTransitionException if the events contain an illegal transition
     */
    public static Optional<LifecycleState> stateOn(Collection<LifecycleEvent> events, LocalDate day) {
        return standard().replay(events).stateOn(day);
    }

    /**
     * Replays and validates one product's events.
     *
     * @param events one product's events, in any order (sorted by day, stable)
     * @return the history
     * @throws IllegalArgumentException if the events belong to several products
     * @throws IllegalTransitionException at the first illegal transition
     */
    public LifecycleHistory replay(Collection<LifecycleEvent> events) {
        Objects.requireNonNull(events, "events");
        List<LifecycleEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(LifecycleEvent::getDate));
        String productId = sorted.isEmpty() ? "" : sorted.get(0).getProductId();
        List<Term> terms = new ArrayList<>();
        for (LifecycleEvent e : sorted) {
            if (!e.getProductId().equals(productId)) {
                throw new IllegalArgumentException("A history holds one product's events: " + productId
                        + " and " + e.getProductId() + " mixed");
            }
            apply(terms, e);
        }
        return new LifecycleHistory(productId, sorted, terms, policy);
    }

    private void apply(List<Term> terms, LifecycleEvent e) {
        Term current = terms.isEmpty() ? null : terms.get(terms.size() - 1);
        LocalDate day = e.getDate();
        LifecycleState before = current == null ? null : current.stateOn(day);
        boolean active = before != null && before.isActive();
        switch (e.getType()) {
            case RECOGNISED -> {
                if (active) {
                    throw reject(e, before, "the product already holds certificate "
                            + current.certificate().getDecisionNumber() + " in force; use UPGRADED or RENEWED");
                }
                terms.add(new Term(policy.schedule(e.getCertificate().orElseThrow())));
            }
            case RE_EVALUATION_FILED -> {
                requireActive(e, before);
                if (before == LifecycleState.EXTENDED || day.isAfter(current.schedule.getValidUntil())) {
                    throw reject(e, before, "a re-evaluation must be filed on or before expiry ("
                            + current.schedule.getValidUntil() + ")");
                }
                if (day.isBefore(current.schedule.getWindowOpens())) {
                    throw reject(e, before, "a re-evaluation may be filed no earlier than "
                            + ChronoUnit.DAYS.between(current.schedule.getWindowOpens(), current.schedule.getValidUntil())
                            + " days before expiry, i.e. from " + current.schedule.getWindowOpens() + " (26/2026 Art. 7.6a)");
                }
                if (current.pendingFilingOn(day) != null) {
                    throw reject(e, before, "the re-evaluation filed on " + current.pendingFilingOn(day)
                            + " is not decided yet");
                }
                current.filings.add(day);
            }
            case RENEWED, NOT_RENEWED -> {
                requireActive(e, before);
                if (current.pendingFilingOn(day) == null) {
                    throw reject(e, before, "no re-evaluation dossier is pending (file RE_EVALUATION_FILED first,"
                            + " 26/2026 Art. 7.6)");
                }
                if (e.getType() == LifecycleEventType.NOT_RENEWED) {
                    current.refusals.add(day);
                } else {
                    replace(terms, current, e, LifecycleState.RENEWED);
                }
            }
            case UPGRADED -> {
                requireActive(e, before);
                Certificate next = e.getCertificate().orElseThrow();
                if (next.getRating().compareTo(current.certificate().getRating()) <= 0) {
                    throw reject(e, before, "an upgrade needs a rank above " + current.certificate().getRating().symbol()
                            + ", got " + next.getRating().symbol() + " (26/2026 Art. 7.5)");
                }
                replace(terms, current, e, LifecycleState.UPGRADED);
            }
            case INSPECTED -> requireActive(e, before);
            case REVOKED -> {
                requireActive(e, before);
                checkRevocation(e, before, current, e.getRevocation().orElseThrow());
                current.endedOn = day;
                current.endState = LifecycleState.REVOKED;
            }
        }
    }

    private void replace(List<Term> terms, Term current, LifecycleEvent e, LifecycleState endState) {
        current.endedOn = e.getDate();
        current.endState = endState;
        terms.add(new Term(policy.schedule(e.getCertificate().orElseThrow())));
    }

    private void checkRevocation(LifecycleEvent e, LifecycleState before, Term current, Revocation r) {
        Certificate c = current.certificate();
        if (!r.getCertificateDecisionNumber().equals(c.getDecisionNumber())) {
            throw reject(e, before, "the revocation names certificate " + r.getCertificateDecisionNumber()
                    + " but the certificate in force is " + c.getDecisionNumber());
        }
        LocalDate earliest = policy.revocationEffectiveOn(r.getConcludedOn());
        if (e.getDate().isBefore(earliest)) {
            throw reject(e, before, "a revocation is issued " + policy.revocationDelayDays(r.getConcludedOn())
                    + " days after the conclusion of " + r.getConcludedOn()
                    + ", i.e. not before " + earliest + " (26/2026 Art. 8)");
        }
        var level = policy.revokingLevel(c, e.getDate());
        if (r.getAuthorityLevel() != level) {
            throw reject(e, before, "only the " + level + " level that recognised the product may revoke it, not "
                    + r.getAuthorityLevel() + " (26/2026 Art. 8)");
        }
    }

    private static void requireActive(LifecycleEvent e, LifecycleState before) {
        if (before == null || !before.isActive()) {
            throw reject(e, before, before == null ? "the product holds no certificate"
                    : "the product's certificate is no longer in force");
        }
    }

    private static IllegalTransitionException reject(LifecycleEvent e, LifecycleState before, String reason) {
        return new IllegalTransitionException(e.getProductId(), e.getType(), e.getDate(), before, reason);
    }

    /**
     * What an inspection conclusion leads to (⚖ the mapping is the project's reading of 26/2026 Art. 8–9 and
     * docs/rules.md §4): a stated ground of Art. 8, misuse of the mark (Art. 8.1d) or criteria no
     * longer met with no recognisable rank left (Art. 8.1b) → {@link InspectionConsequence#REVOCATION};
     * criteria not met (or an assessed rank below the certificate's) while 3★ or more is still reached →
     * {@link InspectionConsequence#RE_EVALUATION} at the lower rank; otherwise
     * {@link InspectionConsequence#NONE}.
     *
     * @param inspection the conclusion
     * @param certificate the certificate in force
     * @return the consequence
     */
    public static InspectionConsequence consequenceOf(InspectionResult inspection, Certificate certificate) {
        return groundOf(inspection).isPresent() ? InspectionConsequence.REVOCATION
                : !inspection.isCriteriaMaintained()
                        || inspection.getAssessedRank().filter(r -> r.compareTo(certificate.getRating()) < 0).isPresent()
                        ? InspectionConsequence.RE_EVALUATION : InspectionConsequence.NONE;
    }

    private static Optional<RevocationGround> groundOf(InspectionResult inspection) {
        if (inspection.getRevocationGround().isPresent()) {
            return inspection.getRevocationGround();
        }
        if (!inspection.isMarkUsedCorrectly()) {
            return Optional.of(RevocationGround.MARK_MISUSE);
        }
        boolean nothingLeft = inspection.getAssessedRank().map(r -> !r.isRecognisable()).orElse(true);
        return !inspection.isCriteriaMaintained() && nothingLeft
                ? Optional.of(RevocationGround.CRITERIA_NO_LONGER_MET) : Optional.empty();
    }

    /**
     * Builds the revocation an inspection leads to, when it leads to one: effective 15 days after the
     * conclusion, by the level that issued the certificate (26/2026 Art. 8).
     *
     * @param inspection the conclusion
     * @param certificate the certificate in force
     * @param authority the revoking authority's name, e.g. "UBND tỉnh Lào Cai"
     * @return the REVOKED event, empty when the consequence is not revocation
     */
    public Optional<LifecycleEvent> revocationFor(InspectionResult inspection, Certificate certificate, String authority) {
        return groundOf(inspection).map(g -> revoke(certificate, g, inspection.getConcludedOn(), authority));
    }

    /**
     * Builds a revocation event: effective 15 days after the conclusion, by the level that issued the
     * certificate (26/2026 Art. 8; {@link LifecyclePolicy#revokingLevel}).
     *
     * @param certificate the certificate in force
     * @param ground the ground of Art. 8
     * @param concludedOn the day of the conclusion
     * @param authority the revoking authority's name
     * @return the REVOKED event
     */
    public LifecycleEvent revoke(Certificate certificate, RevocationGround ground, LocalDate concludedOn, String authority) {
        LocalDate effective = policy.revocationEffectiveOn(concludedOn);
        return LifecycleEvent.revoked(Revocation.builder().productId(certificate.getProductId())
                .certificateDecisionNumber(certificate.getDecisionNumber()).ground(ground).concludedOn(concludedOn)
                .effectiveOn(effective).authorityLevel(policy.revokingLevel(certificate, effective))
                .authority(authority).build());
    }
}
