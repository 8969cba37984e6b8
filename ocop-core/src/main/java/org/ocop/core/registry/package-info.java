/**
 * A province's OCOP registry as one value: its producers, its products (each naming its producer by id)
 * and the lifecycle events of their recognitions (the certificates travel in the events that issued them).
 * ocop-json reads and writes it as the {@code registry} document and checks its references.
 */
@OcopStyle
package org.ocop.core.registry;

import org.ocop.core.OcopStyle;
