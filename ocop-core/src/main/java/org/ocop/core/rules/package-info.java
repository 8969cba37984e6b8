/**
 * Rule sets as data: a {@link org.ocop.core.rules.Rulebook} (one OCOP decision, with its dates,
 * provenance, completeness and corrections) holds star bands and criteria sheets; a {@link
 * org.ocop.core.rules.CriteriaSheet} is the tree part → group → criterion → (sub-criterion) → option of
 * Decision 26/2026/QĐ-TTg Annex II (<i>Bộ tiêu chí đánh giá sản phẩm OCOP</i>). A sheet checks its own
 * arithmetic when built.
 */
@OcopStyle
package org.ocop.core.rules;

import org.ocop.core.OcopStyle;
