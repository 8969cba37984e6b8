/**
 * Producers (<i>chủ thể OCOP</i>) and their products, with the facts that the criteria sheets reward
 * (Decision 26/2026/QĐ-TTg Art. 2 and Annex II; {@code docs/rules.md} §2).
 */
@OcopStyle
package org.ocop.core.product;

import org.ocop.core.OcopStyle;
