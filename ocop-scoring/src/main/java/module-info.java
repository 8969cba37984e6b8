/**
 * ocop-scoring: the OCOP scoring engine, the official rulebooks as data, the recognition lifecycle and
 * province reports.
 */
module org.ocop.scoring {
    requires static org.immutables.value.annotations;
    requires transitive org.ocop.core;
    requires transitive org.ocop.json;

    exports org.ocop.scoring;
    exports org.ocop.scoring.diff;
    exports org.ocop.scoring.lifecycle;
    exports org.ocop.scoring.report;
    exports org.ocop.scoring.rulebooks;
    // the rulebook documents are resources of this package
    opens org.ocop.scoring.rulebooks;
}
