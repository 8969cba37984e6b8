/**
 * Rule diffs: how one product set's criteria sheet changed between two rulebooks (e.g. Decision 148/QĐ-TTg →
 * Decision 26/2026/QĐ-TTg, {@code docs/rules.md} §1): criteria added, removed, re-weighted, options and star
 * gates changed. Entry point: {@link org.ocop.scoring.diff.RuleDiff}.
 */
package org.ocop.scoring.diff;
