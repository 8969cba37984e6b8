/**
 * ocop-json: the wire format of OCOP documents (Jackson bindings, JSON Schemas, strict parsing).
 */
module org.ocop.json {
    requires static org.immutables.value.annotations;
    requires transitive org.ocop.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports org.ocop.json;
    // the shipped JSON Schemas (resources only): readable by any module, e.g.
    // OcopJson.class.getModule().getResourceAsStream("org/ocop/json/schema/evaluation.schema.json")
    opens org.ocop.json.schema;

    provides com.fasterxml.jackson.databind.Module with org.ocop.json.OcopModule;
}
