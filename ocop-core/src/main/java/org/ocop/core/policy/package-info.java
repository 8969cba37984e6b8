/**
 * The decisions (⚖) the engine takes where the legal sources are silent, as one immutable value with a
 * textual form ({@code docs/rules.md} §3). The rulebook holds what the law says; a {@link
 * org.ocop.core.policy.ScoringPolicy} holds what was decided where it says nothing. Here in ocop-core so that
 * a {@code ScoreResult} can record the policy that produced it and ocop-json can bind it.
 */
@OcopStyle
package org.ocop.core.policy;

import org.ocop.core.OcopStyle;
