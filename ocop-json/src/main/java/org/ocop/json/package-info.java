/**
 * The wire format of OCOP documents: {@link org.ocop.json.OcopModule} binds every ocop-core value type
 * for Jackson, {@link org.ocop.json.OcopJson} reads and writes versioned documents strictly.
 */
package org.ocop.json;
