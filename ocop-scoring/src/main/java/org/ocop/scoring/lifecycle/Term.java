package org.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleState;

/** The life of one certificate inside a replayed history (package-private, mutable only during replay). */
final class Term {

    final CertificateSchedule schedule;
    final List<LocalDate> filings = new ArrayList<>();
    final List<LocalDate> refusals = new ArrayList<>();
    LocalDate endedOn;
    LifecycleState endState;

    Term(CertificateSchedule schedule) {
        this.schedule = schedule;
    }

    Certificate certificate() {
        return schedule.getCertificate();
    }

    /** @return the filing day of a re-evaluation not yet decided on {@code day}, or null */
    LocalDate pendingFilingOn(LocalDate day) {
        LocalDate pending = null;
        for (LocalDate f : filings) {
            if (!f.isAfter(day)) {
                pending = f;
            }
        }
        if (pending == null) {
            return null;
        }
        for (LocalDate r : refusals) {
            if (!r.isAfter(day) && !r.isBefore(pending)) {
                return null;
            }
        }
        return pending;
    }

    /** @return the certificate's state on {@code day} (on or after its issue) */
    LifecycleState stateOn(LocalDate day) {
        if (endedOn != null && !day.isBefore(endedOn)) {
            return endState;
        }
        if (!day.isAfter(schedule.getValidUntil())) {
            return day.isBefore(schedule.getWindowOpens()) ? LifecycleState.RECOGNISED : LifecycleState.EXPIRING;
        }
        boolean graced = schedule.getGraceUntil().filter(g -> !day.isAfter(g)).isPresent();
        return graced && pendingFilingOn(day) != null ? LifecycleState.EXTENDED : LifecycleState.EXPIRED;
    }
}
