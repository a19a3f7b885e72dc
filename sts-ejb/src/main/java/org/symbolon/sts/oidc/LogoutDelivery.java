package org.symbolon.sts.oidc;

/** A Logout Token on its way to one client's back-channel logout URI. */
public record LogoutDelivery(String clientId, String uri, String logoutToken) {

    /** Without the token: deliveries are logged, tokens never. */
    @Override
    public String toString() {
        return "LogoutDelivery[" + clientId + " at " + uri + "]";
    }
}
