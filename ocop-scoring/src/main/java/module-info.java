/**
 * ocop-scoring: the OCOP scoring engine, the official rulebooks as data, the recognition lifecycle and
 * province reports.
 */
module org.ocop.scoring {
    requires transitive org.ocop.core;
    requires org.ocop.json;

    exports org.ocop.scoring;
    exports org.ocop.scoring.diff;
    // further exports are added package by package as they land
}
