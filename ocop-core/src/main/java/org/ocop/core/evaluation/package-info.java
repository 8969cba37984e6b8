/**
 * Evaluations (<i>đánh giá, phân hạng</i>): a council's members each fill the criteria sheet of a product's
 * set; the product's score is the average of their totals (Decision 26/2026/QĐ-TTg; {@code docs/rules.md}
 * §3.3).
 */
@OcopStyle
package org.ocop.core.evaluation;

import org.ocop.core.OcopStyle;
