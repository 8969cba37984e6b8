package org.ocop.core.recognition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.ocop.core.Identifier;

/**
 * One immutable transition in the life of a product's recognition ({@code docs/rules.md} §4): recognised,
 * re-evaluation filed, renewed, not renewed, upgraded, inspected, revoked. A product's history is the list
 * of its events; replaying it (ocop-scoring's {@code Lifecycle}) gives the state on any day, so the history
 * can be audited.
 *
 * <p>Each type carries exactly its payload: a {@link Certificate} for {@link LifecycleEventType#RECOGNISED},
 * {@link LifecycleEventType#RENEWED} and {@link LifecycleEventType#UPGRADED} (the event's day is the issue
 * day), a {@link Revocation} for {@link LifecycleEventType#REVOKED} (the day it takes effect), an
 * {@link InspectionResult} for {@link LifecycleEventType#INSPECTED} (the day of the conclusion), and nothing
 * for {@link LifecycleEventType#RE_EVALUATION_FILED} and {@link LifecycleEventType#NOT_RENEWED}. The static
 * factories build well-formed events.
 */
@Value.Immutable
public interface LifecycleEvent {

    /** @return the product the event belongs to */
    @NotBlank
    @Identifier
    String getProductId();

    /** @return what happened */
    LifecycleEventType getType();

    /** @return the day it happened (issue, filing, decision, conclusion or effective day) */
    LocalDate getDate();

    /** @return the new certificate, for recognised, renewed and upgraded events */
    Optional<@Valid Certificate> getCertificate();

    /** @return the revocation, for revoked events */
    Optional<@Valid Revocation> getRevocation();

    /** @return the inspection conclusion, for inspected events */
    Optional<@Valid InspectionResult> getInspection();

    /** @return a free note (e.g. the re-evaluation dossier's receipt number) */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getNote();

    /** Rejects a payload that does not match the type, product or day. */
    @Value.Check
    default void check() {
        LifecycleEventType type = getType();
        require(getCertificate().isPresent() == type.issuesCertificate(), "certificate");
        require(getRevocation().isPresent() == (type == LifecycleEventType.REVOKED), "revocation");
        require(getInspection().isPresent() == (type == LifecycleEventType.INSPECTED), "inspection result");
        getCertificate().ifPresent(c -> same(c.getProductId(), c.getIssuedOn(), "certificate's issue day"));
        getRevocation().ifPresent(r -> same(r.getProductId(), r.getEffectiveOn(), "revocation's effective day"));
        getInspection().ifPresent(i -> same(i.getProductId(), i.getConcludedOn(), "inspection's conclusion day"));
    }

    private void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("A " + getType() + " event of " + getProductId() + " must carry "
                    + (getType().issuesCertificate() || getType() == LifecycleEventType.REVOKED
                            || getType() == LifecycleEventType.INSPECTED ? "its own payload, " : "no payload, ")
                    + "but its " + what + " does not match");
        }
    }

    private void same(String productId, LocalDate day, String what) {
        if (!Objects.equals(productId, getProductId())) {
            throw new IllegalArgumentException("A " + getType() + " event of " + getProductId()
                    + " carries a payload of product " + productId);
        }
        if (!day.equals(getDate())) {
            throw new IllegalArgumentException("A " + getType() + " event of " + getProductId() + " is dated "
                    + getDate() + " but the " + what + " is " + day);
        }
    }

    /**
     * @param certificate a first (or new) recognition
     * @return the event, dated on the issue day
     */
    static LifecycleEvent recognised(Certificate certificate) {
        return withCertificate(LifecycleEventType.RECOGNISED, certificate);
    }

    /**
     * @param certificate the certificate issued on re-evaluation
     * @return the event, dated on the issue day
     */
    static LifecycleEvent renewed(Certificate certificate) {
        return withCertificate(LifecycleEventType.RENEWED, certificate);
    }

    /**
     * @param certificate the certificate of the higher rank
     * @return the event, dated on the issue day
     */
    static LifecycleEvent upgraded(Certificate certificate) {
        return withCertificate(LifecycleEventType.UPGRADED, certificate);
    }

    /**
     * @param productId the product
     * @param filedOn the day the complete re-evaluation dossier was received
     * @return the event
     */
    static LifecycleEvent reEvaluationFiled(String productId, LocalDate filedOn) {
        return builder().productId(productId).type(LifecycleEventType.RE_EVALUATION_FILED).date(filedOn).build();
    }

    /**
     * @param productId the product
     * @param decidedOn the day of the decision not to renew
     * @return the event
     */
    static LifecycleEvent notRenewed(String productId, LocalDate decidedOn) {
        return builder().productId(productId).type(LifecycleEventType.NOT_RENEWED).date(decidedOn).build();
    }

    /**
     * @param revocation the revocation
     * @return the event, dated on the day the revocation takes effect
     */
    static LifecycleEvent revoked(Revocation revocation) {
        return builder().productId(revocation.getProductId()).type(LifecycleEventType.REVOKED)
                .date(revocation.getEffectiveOn()).revocation(revocation).build();
    }

    /**
     * @param inspection the inspection's conclusion
     * @return the event, dated on the day of the conclusion
     */
    static LifecycleEvent inspected(InspectionResult inspection) {
        return builder().productId(inspection.getProductId()).type(LifecycleEventType.INSPECTED)
                .date(inspection.getConcludedOn()).inspection(inspection).build();
    }

    private static LifecycleEvent withCertificate(LifecycleEventType type, Certificate certificate) {
        return builder().productId(certificate.getProductId()).type(type).date(certificate.getIssuedOn())
                .certificate(certificate).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LifecycleEvent}. */
    final class Builder extends ImmutableLifecycleEvent.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
