package org.symbolon.sts.oidc;

/**
 * An authorization request refused. Without a trustworthy redirect URI (unknown client, redirect URI
 * not registered, duplicated parameters) it is shown as an HTML page, never redirected; otherwise it
 * goes back to the client's redirect URI (RFC 6749 section 4.1.2.1, with {@code iss} of RFC 9207).
 *
 * @param redirectUri where to send it, null when shown as a page
 * @param state the client's state, sent back unchanged (null when absent)
 */
public record AuthorizationRefusal(String error, String description, String redirectUri, String state)
        implements AuthorizationOutcome {

    public static AuthorizationRefusal page(String error, String description) {
        return new AuthorizationRefusal(error, description, null, null);
    }

    public boolean shownAsPage() {
        return redirectUri == null;
    }

    /** The redirect to the client carrying the error; only for refusals not shown as a page. */
    public String location(String issuer) {
        if (shownAsPage()) {
            throw new IllegalStateException("This refusal is shown as a page");
        }
        return AuthorizationResponseUri.of(redirectUri).add("error", error).add("error_description", description)
                .add("state", state).add("iss", issuer).build();
    }
}
