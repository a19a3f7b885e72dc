package org.symbolon.sts.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.TestKeys;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.AccessTokenVerifier;
import org.symbolon.sts.token.TokenTestAccess;
import org.symbolon.sts.trust.Client;

/** The browser-flow services wired over in-memory storage and a test key ring, for unit tests. */
public final class OidcFixture {

    public static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abc";
    public static final Map<String, Object> ALICE = Map.of("preferred_username", "alice", "name", "Alice Liddell",
            "email", "alice@example.org", "email_verified", true, "groups", List.of("staff", "readers"));

    public final TestConfig config = new TestConfig();
    public final KeyRing ring = TestKeys.ring(config);
    public final SubjectIdentifiers subjects = new SubjectIdentifiers();
    final InMemoryGrants store;
    public final AuthorizationCodes codes;
    public final RefreshTokens refreshTokens;
    public final UserTokens userTokens = new UserTokens();
    public final DisabledUserGrants disabledUsers = new DisabledUserGrants();
    public final AccessTokenIssuer accessTokens;
    public final AccessTokenVerifier verifier;
    public final SsoSession session = new SsoSession("sid-1", "user-42", "alice", Instant.ofEpochSecond(1_700_000_000),
            List.of("pwd"), "urn:symbolon:acr:password", Instant.now().plusSeconds(3600));

    public OidcFixture() {
        subjects.config = config;
        subjects.masterKey = TestKeys.masterKey(config);
        subjects.init();
        store = new InMemoryGrants(subjects);
        codes = store.authorizationCodes;
        refreshTokens = store.refreshTokens;
        accessTokens = TokenTestAccess.issuer(config, ring);
        verifier = TokenTestAccess.verifier(config, ring, store.revocationList);
        IdTokenWriter idTokens = new IdTokenWriter();
        idTokens.config = config;
        idTokens.keyRing = ring;
        userTokens.issuer = accessTokens;
        userTokens.idTokens = idTokens;
        userTokens.subjects = subjects;
        userTokens.config = config;
        userTokens.issuedToUsers = store.issuedToUsers;
        disabledUsers.refreshTokens = refreshTokens;
        disabledUsers.accessTokens = store.issuedToUsers;
    }

    /** A code for the client's first redirect URI, as the authorization endpoint would issue it. */
    public String code(Client client, Set<String> scopes, String nonce, String verifier) {
        return code(client, scopes, nonce, verifier, session);
    }

    /** The same, for a grant made in the given session. */
    public String code(Client client, Set<String> scopes, String nonce, String verifier, SsoSession in) {
        AuthorizationRequest request = new AuthorizationRequest(client, client.redirectUris().get(0), scopes, "st",
                nonce, verifier == null ? null : Pkce.challengeOf(verifier), Set.of(), null, null, null);
        return codes.issue(request, in, ALICE);
    }

    public boolean revoked(String jti) {
        return store.isRevoked(jti);
    }
}
