/**
 * The OCOP product classification: groups (<i>ngành</i>), sub-groups (<i>nhóm</i>) and product sets
 * (<i>bộ sản phẩm</i>) of Decision 26/2026/QĐ-TTg Annex I, and the legacy 1048 branches.
 */
package org.ocop.core.classification;
