/**
 * The scoring engine: points to stars with every gate and knock-out of the rules (Decision 26/2026/QĐ-TTg
 * Annex II; {@code ocop-rules.md} §3).
 */
package org.ocop.scoring;
