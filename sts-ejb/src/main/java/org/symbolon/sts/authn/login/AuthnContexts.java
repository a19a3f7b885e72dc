package org.symbolon.sts.authn.login;

import java.util.List;

/**
 * The acr of a sign-in, derived from its amr, as SAML 2.0 authentication context classes (also the
 * OIDC acr): a one-time code from a time-synchronised token is TimeSyncToken, the SAML class for it,
 * which the password before it only strengthens; a password alone over TLS is PasswordProtectedTransport.
 */
public final class AuthnContexts {

    public static final String PASSWORD = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
    public static final String TIME_SYNC_TOKEN = "urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken";

    private AuthnContexts() {
    }

    public static String acrFor(List<String> amr) {
        return amr.contains("otp") ? TIME_SYNC_TOKEN : PASSWORD;
    }
}
