package org.symbolon.sts.rest.oauth;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** Token-bearing responses must never be cached (RFC 6749 section 5.1). */
public final class NoStore {

    private NoStore() {
    }

    /**
     * The JSON as UTF-8 bytes: JSON-P writes it through its pooled buffers, where the JAX-RS
     * JSON-P writer would open an 8 KiB stream encoder for every response.
     */
    public static Response json(JsonStructure entity) {
        return Response.ok(entity.toString().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
