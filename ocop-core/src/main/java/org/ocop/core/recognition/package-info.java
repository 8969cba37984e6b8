/**
 * Recognition (<i>công nhận</i>) of OCOP products: certificates, their lifecycle states and the grounds
 * for revocation (Decision 26/2026/QĐ-TTg Art. 8 and 12; {@code docs/rules.md} §4).
 */
@OcopStyle
package org.ocop.core.recognition;

import org.ocop.core.OcopStyle;
