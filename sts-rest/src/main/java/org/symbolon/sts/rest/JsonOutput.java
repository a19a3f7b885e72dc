package org.symbolon.sts.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;
import java.util.Map;

/**
 * JSON builders for the hot endpoints. {@code Json.createObjectBuilder()} looks the JSON-P provider
 * up again on every call (a service-loader search); the provider is looked up once here instead.
 */
public final class JsonOutput {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonOutput() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder object(Map<String, ?> values) {
        return PROVIDER.createObjectBuilder(values);
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }
}
