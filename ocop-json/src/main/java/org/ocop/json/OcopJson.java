package org.ocop.json;

/** Entry point for reading and writing OCOP documents (placeholder until the bindings land). */
public final class OcopJson {
    private OcopJson() {}
}
