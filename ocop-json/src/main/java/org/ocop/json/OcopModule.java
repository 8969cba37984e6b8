package org.ocop.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that binds every public ocop-core value type (placeholder until the bindings land).
 */
public final class OcopModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public OcopModule() {
        super("OcopModule");
    }
}
