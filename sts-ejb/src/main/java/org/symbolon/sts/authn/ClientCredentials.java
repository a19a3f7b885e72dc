package org.symbolon.sts.authn;

/** The credentials a request presented; the endpoint parses them, {@link ClientAuthenticator} judges them. */
public record ClientCredentials(ClientAuthMethod method, String clientId, String secret, String assertion) {

    public static ClientCredentials secret(ClientAuthMethod method, String clientId, String secret) {
        return new ClientCredentials(method, clientId, secret, null);
    }

    public static ClientCredentials none(String clientId) {
        return new ClientCredentials(ClientAuthMethod.NONE, clientId, null, null);
    }

    public static ClientCredentials assertion(String clientId, String assertion) {
        return new ClientCredentials(ClientAuthMethod.PRIVATE_KEY_JWT, clientId, null, assertion);
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + method + ", " + clientId + "]";
    }
}
