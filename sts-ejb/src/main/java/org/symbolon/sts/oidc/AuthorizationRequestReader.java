package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientDirectory;
import org.symbolon.sts.trust.GrantTypes;

/**
 * Reads the query of an authorization request. Until the client and its redirect URI are known
 * to be good a refusal is shown as a page (RFC 6749 section 4.1.2.1, RFC 9700 section 4.1); after
 * that, refusals go back to the redirect URI.
 */
@ApplicationScoped
public class AuthorizationRequestReader {

    private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");
    private static final int MAX_NONCE = 512;
    private static final int MAX_HINT = 256;

    @Inject
    ClientDirectory clients;

    public AuthorizationOutcome read(Map<String, List<String>> query) {
        Optional<String> repeated = query.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).findFirst();
        if (repeated.isPresent()) {
            return AuthorizationRefusal.page("invalid_request", "Parameter '" + printable(repeated.get())
                    + "' must not be repeated");
        }
        Params p = new Params(query);
        Client client = clients.find(p.get("client_id")).filter(Client::enabled).orElse(null);
        if (client == null) {
            return AuthorizationRefusal.page("invalid_request", "Unknown or disabled client (client_id)");
        }
        String redirectUri = p.get("redirect_uri");
        if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
            return AuthorizationRefusal.page("invalid_request",
                    "The redirect_uri is missing or not registered for this client");
        }
        return new Checks(client, redirectUri, p).run();
    }

    private record Params(Map<String, List<String>> query) {
        String get(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
        }
    }

    /** The checks whose refusals may be redirected, once client and redirect URI are trusted. */
    private record Checks(Client client, String redirectUri, Params p) {

        AuthorizationOutcome run() {
            String state = p.get("state");
            String problem = firstProblem();
            if (problem != null) {
                int colon = problem.indexOf(':');
                return new AuthorizationRefusal(problem.substring(0, colon), problem.substring(colon + 1), redirectUri,
                        state);
            }
            String maxAge = p.get("max_age");
            return new AuthorizationRequest(client, redirectUri, scopes(), state, p.get("nonce"),
                    p.get("code_challenge"), prompt(), maxAge == null ? null : Integer.valueOf(maxAge),
                    p.get("login_hint"), p.get("ui_locales"));
        }

        /** "error:description" of the first thing wrong, or null. */
        private String firstProblem() {
            if (p.get("request") != null) {
                return "request_not_supported:Request objects are not supported";
            }
            if (p.get("request_uri") != null) {
                return "request_uri_not_supported:request_uri is not supported";
            }
            String responseType = p.get("response_type");
            if (responseType == null) {
                return "invalid_request:Missing parameter 'response_type'";
            }
            if (!"code".equals(responseType)) {
                return "unsupported_response_type:Only response_type=code is supported";
            }
            if (!client.allowsGrant(GrantTypes.AUTHORIZATION_CODE)) {
                return "unauthorized_client:This client may not use the authorization code flow";
            }
            String responseMode = p.get("response_mode");
            if (responseMode != null && !"query".equals(responseMode)) {
                return "invalid_request:Only response_mode=query is supported";
            }
            String scopeProblem = scopeProblem();
            if (scopeProblem != null) {
                return scopeProblem;
            }
            String other = promptProblem();
            if (other == null) {
                other = pkceProblem();
            }
            if (other == null) {
                other = lengthProblem();
            }
            return other;
        }

        private String scopeProblem() {
            for (String scope : requestedScopes()) {
                if (!OidcScopes.STANDARD.contains(scope) && !client.scopes().contains(scope)) {
                    return "invalid_scope:Scope not allowed for this client: " + printable(scope);
                }
            }
            return null;
        }

        private String promptProblem() {
            Set<String> prompt = prompt();
            if (!PROMPTS.containsAll(prompt)) {
                return "invalid_request:prompt must be none, login, consent or select_account";
            }
            if (prompt.contains("none") && prompt.size() > 1) {
                return "invalid_request:prompt=none cannot be combined with other values";
            }
            String maxAge = p.get("max_age");
            if (maxAge != null && !maxAge.matches("[0-9]{1,9}")) {
                return "invalid_request:max_age must be a non-negative number of seconds";
            }
            return null;
        }

        private String pkceProblem() {
            String challenge = p.get("code_challenge");
            String method = p.get("code_challenge_method");
            if (challenge == null) {
                if (method != null) {
                    return "invalid_request:code_challenge_method without code_challenge";
                }
                return client.oidc().pkceRequired()
                        ? "invalid_request:PKCE is required: send code_challenge with code_challenge_method=S256" : null;
            }
            if (!Pkce.S256.equals(method)) {
                return "invalid_request:code_challenge_method must be S256";
            }
            return Pkce.isWellFormedChallenge(challenge) ? null
                    : "invalid_request:code_challenge must be 43 base64url characters (S256)";
        }

        private String lengthProblem() {
            if (length(p.get("nonce")) > MAX_NONCE) {
                return "invalid_request:nonce is longer than " + MAX_NONCE + " characters";
            }
            if (length(p.get("login_hint")) > MAX_HINT || length(p.get("ui_locales")) > MAX_HINT) {
                return "invalid_request:login_hint and ui_locales are limited to " + MAX_HINT + " characters";
            }
            return null;
        }

        /** Without a scope parameter the client gets its registered scopes (RFC 6749 section 3.3). */
        private Set<String> scopes() {
            return p.get("scope") == null ? client.scopes() : requestedScopes();
        }

        private Set<String> requestedScopes() {
            String scope = p.get("scope");
            return scope == null || scope.isBlank() ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
        }

        private Set<String> prompt() {
            String prompt = p.get("prompt");
            return prompt == null || prompt.isBlank() ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(prompt.trim().split(" +")));
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    private static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
