package org.symbolon.sts.oidc;

import java.util.Set;
import org.symbolon.sts.trust.Client;

/**
 * A valid authorization request (RFC 6749 section 4.1.1, OIDC Core 3.1.2.1), read by
 * {@link AuthorizationRequestReader}. The redirect URI is one the client registered, exactly.
 *
 * @param codeChallenge the S256 PKCE challenge, or null when the client need not send one
 * @param prompt the prompt values ({@code none}, {@code login}, {@code consent}, {@code select_account})
 * @param maxAge the longest time since the user's authentication in seconds, or null
 */
public record AuthorizationRequest(
        Client client,
        String redirectUri,
        Set<String> scopes,
        String state,
        String nonce,
        String codeChallenge,
        Set<String> prompt,
        Integer maxAge,
        String loginHint,
        String uiLocales) implements AuthorizationOutcome {

    public AuthorizationRequest {
        scopes = Set.copyOf(scopes);
        prompt = Set.copyOf(prompt);
    }

    /** An OpenID Connect request (an ID token follows); without {@code openid} it is plain OAuth. */
    public boolean openid() {
        return scopes.contains(OidcScopes.OPENID);
    }

    public boolean promptNone() {
        return prompt.contains("none");
    }

    public boolean promptLogin() {
        return prompt.contains("login");
    }
}
