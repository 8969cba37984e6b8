/**
 * The recognition lifecycle (docs/rules.md §4): the 5★ path ({@link org.ocop.scoring.lifecycle.FiveStarPath}),
 * certificate dates ({@link org.ocop.scoring.lifecycle.LifecyclePolicy},
 * {@link org.ocop.scoring.lifecycle.CertificateSchedule}) and the state machine over immutable events
 * ({@link org.ocop.scoring.lifecycle.Lifecycle}, {@link org.ocop.scoring.lifecycle.LifecycleHistory}).
 * Every rule names its source: Decision 26/2026/QĐ-TTg Art. 4, 7, 8, 9, 12 and, for the 30-day notice,
 * Decision 148/QĐ-TTg; decisions where the sources are silent are marked ⚖ and configurable.
 */
package org.ocop.scoring.lifecycle;
