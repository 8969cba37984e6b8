package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.ocop.core.recognition.Certificate;

/**
 * The key dates of one certificate (docs/rules.md §4), computed by {@link LifecyclePolicy#schedule(Certificate)}
 * from the certificate's last valid day ("expiry") and the lifecycle rulebook's legal parameters: the
 * re-evaluation window (under 26/2026 expiry − 180 days to expiry − 120 days, both inclusive; Art. 7.6a), the
 * latest notice day (expiry − 30 days; 148/QĐ-TTg) and, where the transitional grace applies, its last
 * possible day (expiry + 180 days; 26/2026 Art. 12). Immutable.
 */
public final class CertificateSchedule {

    private final Certificate certificate;
    private final LocalDate windowOpens;
    private final LocalDate windowCloses;
    private final LocalDate noticeBy;
    private final LocalDate graceUntil;

    CertificateSchedule(Certificate certificate, LocalDate windowOpens, LocalDate windowCloses, LocalDate noticeBy,
            LocalDate graceUntil) {
        this.certificate = certificate;
        this.windowOpens = windowOpens;
        this.windowCloses = windowCloses;
        this.noticeBy = noticeBy;
        this.graceUntil = graceUntil;
    }

    /** @return the certificate */
    public Certificate getCertificate() {
        return certificate;
    }

    /** @return the issue day */
    public LocalDate getIssuedOn() {
        return certificate.getIssuedOn();
    }

    /** @return the last valid day (expiry) */
    public LocalDate getValidUntil() {
        return certificate.getValidUntil();
    }

    /** @return the first day a re-evaluation dossier may be filed (26/2026: expiry − 180 days) */
    public LocalDate getWindowOpens() {
        return windowOpens;
    }

    /** @return the last day a re-evaluation dossier is on time (26/2026: expiry − 120 days) */
    public LocalDate getWindowCloses() {
        return windowCloses;
    }

    /** @return the last day the issuer may notify the holder (expiry − 30 days) */
    public LocalDate getNoticeBy() {
        return noticeBy;
    }

    /** @return the last day the transitional grace can keep the certificate valid, when it applies */
    public Optional<LocalDate> getGraceUntil() {
        return Optional.ofNullable(graceUntil);
    }

    /**
     * @param day a day
     * @return whether a re-evaluation dossier filed that day is on time (inside the window)
     */
    public boolean isInWindow(LocalDate day) {
        return !day.isBefore(getWindowOpens()) && !day.isAfter(getWindowCloses());
    }

    @Override
    public String toString() {
        return "CertificateSchedule[" + certificate.getDecisionNumber() + ": valid " + getIssuedOn() + ".." + getValidUntil()
                + ", window " + getWindowOpens() + ".." + getWindowCloses() + ", notice by " + getNoticeBy()
                + getGraceUntil().map(g -> ", grace until " + g).orElse("") + "]";
    }
}
