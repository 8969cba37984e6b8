/**
 * Province and national reports over a registry of products, producers and their recognitions
 * (docs/rules.md §5): counts by star, product group and set, producer type, province and commune,
 * year; active, expired and revoked on a day; certificates entering their re-evaluation window; producers
 * by type. {@link org.ocop.scoring.report.Registry} is the entry point.
 */
package org.ocop.scoring.report;
