package org.symbolon.sts.rest.oauth;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Token-bearing responses must never be cached (RFC 6749 section 5.1). */
public final class NoStore {

    private NoStore() {
    }

    public static Response json(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
