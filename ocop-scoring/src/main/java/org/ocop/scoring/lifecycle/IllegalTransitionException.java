package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.ocop.core.OcopException;
import org.ocop.core.recognition.LifecycleEventType;
import org.ocop.core.recognition.LifecycleState;

/**
 * Thrown when a lifecycle event is not allowed in the product's state on its day (e.g. renewing without a
 * re-evaluation dossier, upgrading to an equal rank, revoking an expired certificate); the message says which
 * rule forbids it. Like every failure of the library, an {@link OcopException}.
 */
public class IllegalTransitionException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The product whose history was refused. */
    private final String productId;
    /** The kind of the refused event. */
    private final LifecycleEventType eventType;
    /** The day of the refused event. */
    private final LocalDate date;
    private final transient LifecycleState stateBefore;

    /**
     * @param productId the product
     * @param eventType the rejected event's type
     * @param date the rejected event's day
     * @param stateBefore the product's state on that day before the event, null when it had no certificate
     * @param reason why the transition is not allowed
     */
    public IllegalTransitionException(String productId, LifecycleEventType eventType, LocalDate date,
            LifecycleState stateBefore, String reason) {
        super("Product " + productId + ": " + eventType + " on " + date + " is not allowed in state "
                + (stateBefore == null ? "NOT_RECOGNISED" : stateBefore.name()) + ": " + reason);
        this.productId = productId;
        this.eventType = eventType;
        this.date = date;
        this.stateBefore = stateBefore;
    }

    /** @return the product */
    public String getProductId() {
        return productId;
    }

    /** @return the rejected event's type */
    public LifecycleEventType getEventType() {
        return eventType;
    }

    /** @return the rejected event's day */
    public LocalDate getDate() {
        return date;
    }

    /** @return the state before the event, empty when the product had no certificate yet */
    public Optional<LifecycleState> getStateBefore() {
        return Optional.ofNullable(stateBefore);
    }
}
