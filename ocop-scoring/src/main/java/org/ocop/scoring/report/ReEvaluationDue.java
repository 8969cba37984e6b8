package org.ocop.scoring.report;

import java.time.LocalDate;
import java.util.Optional;
import org.ocop.core.product.Product;
import org.ocop.scoring.lifecycle.CertificateSchedule;

/**
 * A certificate that needs attention for its re-evaluation (26/2026 Art. 7.6): its window (expiry − 180 to
 * expiry − 120 days) opens or its notice day (expiry − 30 days) falls in the period asked about, or its
 * re-evaluation is overdue; with the product, its dates and the filing day if filed. Immutable.
 */
public final class ReEvaluationDue {

    private final Product product;
    private final CertificateSchedule schedule;
    private final LocalDate filedOn;

    ReEvaluationDue(Product product, CertificateSchedule schedule, LocalDate filedOn) {
        this.product = product;
        this.schedule = schedule;
        this.filedOn = filedOn;
    }

    /** @return the product (with its producer) */
    public Product getProduct() {
        return product;
    }

    /** @return the certificate's dates: window, notice day, expiry, grace */
    public CertificateSchedule getSchedule() {
        return schedule;
    }

    /** @return the filing day, when the holder already filed a re-evaluation dossier */
    public Optional<LocalDate> getFiledOn() {
        return Optional.ofNullable(filedOn);
    }

    @Override
    public String toString() {
        return "ReEvaluationDue[" + product.getId() + ", " + schedule + "]";
    }
}
