package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleState;
import org.ocop.core.recognition.Revocation;

/**
 * The validated, replayed history of one product's recognitions, built by {@link Lifecycle#replay}.
 * Every query is a pure function of the events and the day asked about; events after that day never
 * change the answer. Immutable and thread-safe once built.
 */
public final class LifecycleHistory {

    private final String productId;
    private final List<LifecycleEvent> events;
    private final List<Term> terms;
    private final List<Certificate> certificates;
    private final LifecyclePolicy policy;

    LifecycleHistory(String productId, List<LifecycleEvent> events, List<Term> terms, LifecyclePolicy policy) {
        this.productId = productId;
        this.events = List.copyOf(events);
        this.terms = List.copyOf(terms);
        this.certificates = this.terms.stream().map(Term::certificate).toList();
        this.policy = policy;
    }

    /** @return the product, or an empty string for an empty history */
    public String getProductId() {
        return productId;
    }

    /** @return the events in replay order (by day, ties in the order given) */
    public List<LifecycleEvent> getEvents() {
        return events;
    }

    /** @return every certificate the product received, oldest first */
    public List<Certificate> getCertificates() {
        return certificates;
    }

    /** @return the day of the first recognition, if any */
    public Optional<LocalDate> getFirstRecognisedOn() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0).schedule.getIssuedOn());
    }

    /**
     * The product's standing on a day: the state of its newest certificate issued on or before that day
     * ({@link LifecycleState#RECOGNISED}, {@link LifecycleState#EXPIRING}, {@link LifecycleState#EXTENDED},
     * {@link LifecycleState#EXPIRED} or {@link LifecycleState#REVOKED}).
     *
     * @param day the day
     * @return the state, empty when the product held no certificate yet
     */
    public Optional<LifecycleState> stateOn(LocalDate day) {
        return termOn(day).map(t -> t.stateOn(day));
    }

    /**
     * @param day the day
     * @return the newest certificate issued on or before the day, whatever its state
     */
    public Optional<Certificate> certificateOn(LocalDate day) {
        return termOn(day).map(Term::certificate);
    }

    /**
     * @param day the day
     * @return the certificate in force that day (recognised, expiring or extended), if any
     */
    public Optional<Certificate> activeCertificateOn(LocalDate day) {
        return termOn(day).filter(t -> t.stateOn(day).isActive()).map(Term::certificate);
    }

    /**
     * @param day the day
     * @return the schedule of the newest certificate issued on or before the day
     */
    public Optional<CertificateSchedule> scheduleOn(LocalDate day) {
        return termOn(day).map(t -> t.schedule);
    }

    /**
     * The state of one certificate, which can also be {@link LifecycleState#RENEWED} or
     * {@link LifecycleState#UPGRADED} once replaced.
     *
     * @param decisionNumber the certificate's decision number
     * @param day the day
     * @return its state, empty if no such certificate was issued on or before the day
     */
    public Optional<LifecycleState> certificateStateOn(String decisionNumber, LocalDate day) {
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        return terms.stream().filter(t -> t.certificate().getDecisionNumber().equals(decisionNumber))
                .filter(t -> !t.schedule.getIssuedOn().isAfter(day)).findFirst().map(t -> t.stateOn(day));
    }

    /**
     * @param day the day
     * @return the filing day of a re-evaluation dossier still undecided that day, if any
     */
    public Optional<LocalDate> pendingReEvaluationOn(LocalDate day) {
        return termOn(day).filter(t -> t.endedOn == null || day.isBefore(t.endedOn))
                .map(t -> t.pendingFilingOn(day));
    }

    /**
     * @param day the day
     * @return the decision deadline (filing + 45 days, 26/2026 Art. 7.6) of a pending re-evaluation, if any
     */
    public Optional<LocalDate> reEvaluationDeadlineOn(LocalDate day) {
        return pendingReEvaluationOn(day).map(policy::decisionDeadline);
    }

    /** @return every inspection conclusion, oldest first */
    public List<InspectionResult> getInspections() {
        return events.stream().flatMap(e -> e.getInspection().stream()).toList();
    }

    /** @return every revocation, oldest first */
    public List<Revocation> getRevocations() {
        return events.stream().flatMap(e -> e.getRevocation().stream()).toList();
    }

    private Optional<Term> termOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (int i = terms.size() - 1; i >= 0; i--) {
            if (!terms.get(i).schedule.getIssuedOn().isAfter(day)) {
                return Optional.of(terms.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "LifecycleHistory[" + productId + ", " + events.size() + " events, " + terms.size() + " certificates]";
    }
}
