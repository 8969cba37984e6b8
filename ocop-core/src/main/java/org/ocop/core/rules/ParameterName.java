package org.ocop.core.rules;

/**
 * The dated legal parameters a rulebook can state ({@link LegalParameter}), each read by one part of the
 * library (docs/rules.md §1 and §4). A rulebook states the value the law gives, the days it applies and its
 * legal reference, or says that the sources give no value ({@link LegalParameter#getUnknownReason()}).
 */
public enum ParameterName {
    /**
     * The last day the rulebook applies to new dossiers, with the decision that ends it (148: 20 Jul 2026,
     * 26/2026 Art. 11, 60 days after 22 May 2026). Date; when stated it equals the rulebook's effective-to day.
     */
    LAST_DAY,
    /**
     * Transitional rule for first-time and upgrade dossiers submitted under the previous rulebook before this
     * one took effect: they are still decided under the previous one within this many days, counting the
     * effective day as day 1 (26/2026 Art. 12: 60 days). Integer.
     */
    TRANSITION_DAYS_FIRST_TIME_OR_UPGRADE,
    /** The same transitional rule for re-evaluation dossiers (26/2026 Art. 12: 30 days). Integer. */
    TRANSITION_DAYS_RE_EVALUATION,
    /** Level that recognises a 3★ rank (<i>thẩm quyền công nhận</i>): an {@code AuthorityLevel} name. */
    RECOGNITION_LEVEL_THREE_STARS,
    /** Level that recognises a 4★ rank: an {@code AuthorityLevel} name. */
    RECOGNITION_LEVEL_FOUR_STARS,
    /** Level that recognises a 5★ rank: an {@code AuthorityLevel} name. */
    RECOGNITION_LEVEL_FIVE_STARS,
    /** Average score from which a product is "5★ potential" and forwarded to the central council. Decimal. */
    FIVE_STAR_POTENTIAL_THRESHOLD,
    /** Validity of a certificate in months from its issue date (26/2026 Art. 4.3: 36). Integer. */
    CERTIFICATE_VALIDITY_MONTHS,
    /** The re-evaluation window opens this many days before expiry (26/2026 Art. 7.6a: 180). Integer. */
    RE_EVALUATION_WINDOW_OPENS_DAYS,
    /** The re-evaluation window closes this many days before expiry (26/2026 Art. 7.6a: 120). Integer. */
    RE_EVALUATION_WINDOW_CLOSES_DAYS,
    /** A re-evaluation is decided within this many days of the complete dossier (26/2026 Art. 7.6: 45). Integer. */
    RE_EVALUATION_DECISION_DAYS,
    /** The issuer notifies the holder at least this many days before expiry (148: 30). Integer. */
    EXPIRY_NOTICE_DAYS,
    /** A revocation is issued this many days after the conclusion it rests on (26/2026 Art. 8: 15). Integer. */
    REVOCATION_DELAY_DAYS,
    /**
     * Transitional grace: a certificate due for re-evaluation stays valid until the decision, at most this many
     * days after expiry (26/2026 Art. 12: 180). Integer.
     */
    TRANSITIONAL_GRACE_DAYS,
    /**
     * The first day the district level no longer exists, so that the province acts for it (two-tier local
     * government from 1 Jul 2025). Date.
     */
    DISTRICT_LEVEL_ENDS
}
