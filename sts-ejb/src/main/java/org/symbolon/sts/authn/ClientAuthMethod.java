package org.symbolon.sts.authn;

/** How a client proves who it is at the token, introspection and revocation endpoints. */
public enum ClientAuthMethod {
    CLIENT_SECRET_BASIC("client_secret_basic"),
    CLIENT_SECRET_POST("client_secret_post"),
    PRIVATE_KEY_JWT("private_key_jwt"),
    /** A public client names itself by client_id only; accepted for the browser-flow grants alone. */
    NONE("none");

    private final String registeredName;

    ClientAuthMethod(String registeredName) {
        this.registeredName = registeredName;
    }

    /** The name used in discovery metadata (RFC 8414 token_endpoint_auth_methods_supported). */
    public String registeredName() {
        return registeredName;
    }
}
