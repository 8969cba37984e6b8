/**
 * Scoring results that explain themselves (docs/rules.md §3.7): member totals, exact averages,
 * the band, every star gate, knock-outs, the final rank, recognition and the way to the next star. Filled
 * by ocop-scoring; here so that ocop-json can exchange them without knowing the engine.
 */
@OcopStyle
package org.ocop.core.result;

import org.ocop.core.OcopStyle;
