/**
 * The scoring engine: points to stars with every gate and knock-out of the rules (Decision 26/2026/QĐ-TTg
 * Annex II; {@code docs/rules.md} §3). {@link org.ocop.scoring.ScoringEngine} scores (or, lean, ranks) an evaluation under a
 * {@link org.ocop.core.policy.ScoringPolicy} (every ⚖ decision of §3 as a value), {@link org.ocop.scoring.Advisor}
 * computes the way to the next star, {@link org.ocop.scoring.Averages} holds the exact averaging and banding, and
 * {@link org.ocop.scoring.RecognitionPolicy} says which level recognises a rank (§4).
 */
package org.ocop.scoring;
