package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;

/**
 * What a recognition decision says, for {@link LifecyclePolicy#issue(CertificateRequest)}: the product, the
 * rank, the recognising level and authority, the decision number and day, and the rulebook the product was
 * scored under. The policy adds the last valid day. Immutable; built with named setters:
 *
 * <pre>{@code
 * CertificateRequest.builder().productId("P1").rank(StarRating.FOUR).issuerLevel(AuthorityLevel.PROVINCE)
 *         .authority("UBND tỉnh Lào Cai").decisionNumber("12/QĐ-UBND").issuedOn(day).rulebookId("QD-26-2026").build()
 * }</pre>
 */
public final class CertificateRequest {

    private final String productId;
    private final StarRating rank;
    private final AuthorityLevel issuerLevel;
    private final String authority;
    private final String decisionNumber;
    private final LocalDate issuedOn;
    private final String rulebookId;

    private CertificateRequest(Builder b) {
        this.productId = require(b.productId, "productId");
        this.rank = require(b.rank, "rank");
        this.issuerLevel = require(b.issuerLevel, "issuerLevel");
        this.authority = require(b.authority, "authority");
        this.decisionNumber = require(b.decisionNumber, "decisionNumber");
        this.issuedOn = require(b.issuedOn, "issuedOn");
        this.rulebookId = require(b.rulebookId, "rulebookId");
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalStateException("CertificateRequest: " + name + " is not set");
        }
        return value;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the product */
    public String getProductId() {
        return productId;
    }

    /** @return the recognised rank, 3★ to 5★ */
    public StarRating getRank() {
        return rank;
    }

    /** @return the recognising level */
    public AuthorityLevel getIssuerLevel() {
        return issuerLevel;
    }

    /** @return the issuing authority, e.g. "UBND tỉnh Lào Cai" */
    public String getAuthority() {
        return authority;
    }

    /** @return the decision number, e.g. "1234/QĐ-UBND" */
    public String getDecisionNumber() {
        return decisionNumber;
    }

    /** @return the decision day */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    /** @return the rulebook the product was scored under */
    public String getRulebookId() {
        return rulebookId;
    }

    /** Builds a {@link CertificateRequest}; every property is required. */
    public static final class Builder {
        private String productId;
        private StarRating rank;
        private AuthorityLevel issuerLevel;
        private String authority;
        private String decisionNumber;
        private LocalDate issuedOn;
        private String rulebookId;

        private Builder() {}

        /**
         * @param value the product
         * @return this builder
         */
        public Builder productId(String value) {
            this.productId = Objects.requireNonNull(value, "productId");
            return this;
        }

        /**
         * @param value the rank, 3★ to 5★
         * @return this builder
         */
        public Builder rank(StarRating value) {
            this.rank = Objects.requireNonNull(value, "rank");
            return this;
        }

        /**
         * @param value the recognising level
         * @return this builder
         */
        public Builder issuerLevel(AuthorityLevel value) {
            this.issuerLevel = Objects.requireNonNull(value, "issuerLevel");
            return this;
        }

        /**
         * @param value the issuing authority
         * @return this builder
         */
        public Builder authority(String value) {
            this.authority = Objects.requireNonNull(value, "authority");
            return this;
        }

        /**
         * @param value the decision number
         * @return this builder
         */
        public Builder decisionNumber(String value) {
            this.decisionNumber = Objects.requireNonNull(value, "decisionNumber");
            return this;
        }

        /**
         * @param value the decision day
         * @return this builder
         */
        public Builder issuedOn(LocalDate value) {
            this.issuedOn = Objects.requireNonNull(value, "issuedOn");
            return this;
        }

        /**
         * @param value the rulebook the product was scored under
         * @return this builder
         */
        public Builder rulebookId(String value) {
            this.rulebookId = Objects.requireNonNull(value, "rulebookId");
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if a property is not set
         */
        public CertificateRequest build() {
            return new CertificateRequest(this);
        }
    }
}
