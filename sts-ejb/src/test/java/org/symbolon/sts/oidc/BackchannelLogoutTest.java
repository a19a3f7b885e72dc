package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.session.SessionEnded;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.OidcSettings;

/** Which relying parties hear of an ended session, and what the Logout Token they get says. */
class BackchannelLogoutTest {

    private static final Set<String> CODE = Set.of("authorization_code");

    private final OidcFixture f = new OidcFixture();
    private final LogoutTokenWriter writer = new LogoutTokenWriter();
    private final BackchannelLogout logout = new BackchannelLogout();
    private final IdTokenHints hints = new IdTokenHints();

    private final Client web = withBackchannel("web", OidcSettings.PUBLIC, null, "ES256", "https://web.example/bc");
    private final Client pairwise = withBackchannel("pw", OidcSettings.PAIRWISE, "pw.example", null,
            "http://localhost:8123/bc");
    private final Client quiet = withBackchannel("quiet", OidcSettings.PUBLIC, null, null, null);
    private final Client disabled = OidcTestClients.disabled(withBackchannel("off", OidcSettings.PUBLIC, null, null,
            "https://off.example/bc"));

    BackchannelLogoutTest() {
        writer.config = f.config;
        writer.keyRing = f.ring;
        logout.clients = OidcTestClients.directory(web, pairwise, quiet, disabled);
        logout.subjects = f.subjects;
        logout.tokens = writer;
        hints.config = f.config;
        hints.keyRing = f.ring;
    }

    @Test
    void onlyEnabledOpenIdClientsWithABackchannelUriAreTold() {
        SessionEnded ended = new SessionEnded("sid-1", "user-42", List.of(oidc("web"), oidc("quiet"), oidc("off"),
                oidc("gone"), new SessionParticipant("saml2", "web", "n", "f", "i"), oidc("pw")), "session.end");

        List<LogoutDelivery> due = logout.deliveriesFor(ended);

        assertEquals(List.of("web", "pw"), due.stream().map(LogoutDelivery::clientId).toList());
        assertEquals("https://web.example/bc", due.get(0).uri());
        assertEquals("http://localhost:8123/bc", due.get(1).uri());
        assertFalse(due.get(0).toString().contains(due.get(0).logoutToken()), "a delivery is logged without its token");
    }

    @Test
    void theLogoutTokenNamesTheSessionAndTheSubjectTheClientKnows() throws Exception {
        SessionEnded ended = new SessionEnded("sid-1", "user-42", List.of(oidc("web"), oidc("pw")), "session.end");
        List<LogoutDelivery> due = logout.deliveriesFor(ended);

        SignedJWT toWeb = verified(due.get(0).logoutToken());
        JWTClaimsSet claims = toWeb.getJWTClaimsSet();
        assertEquals(new JOSEObjectType("logout+jwt"), toWeb.getHeader().getType());
        assertEquals(JWSAlgorithm.ES256, toWeb.getHeader().getAlgorithm(), "signed like the client's ID tokens");
        assertEquals(TestConfig.ISSUER, claims.getIssuer());
        assertEquals(List.of("web"), claims.getAudience());
        assertEquals("user-42", claims.getSubject());
        assertEquals("sid-1", claims.getStringClaim("sid"));
        assertEquals(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()),
                claims.getJSONObjectClaim("events"));
        assertNotNull(claims.getJWTID());
        assertNull(claims.getClaim("nonce"));
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertTrue(lifetime > 0 && lifetime <= 120_000, "at most two minutes: " + lifetime);
        assertTrue(Math.abs(claims.getIssueTime().getTime() - Instant.now().toEpochMilli()) < 5000);

        JWTClaimsSet toPairwise = verified(due.get(1).logoutToken()).getJWTClaimsSet();
        assertEquals(f.subjects.subject(pairwise, "user-42"), toPairwise.getSubject());
        assertFalse("user-42".equals(toPairwise.getSubject()), "a pairwise client never learns the user id");
        assertEquals(JWSAlgorithm.RS256, SignedJWT.parse(due.get(1).logoutToken()).getHeader().getAlgorithm());
    }

    @Test
    void aLogoutTokenIsNeitherAnAccessTokenNorAnIdTokenHint() {
        String token = writer.write(web, "user-42", "sid-1");
        assertTrue(f.verifier.verify(token).isEmpty());
        assertTrue(f.verifier.verifyIssued(token).isEmpty());
        assertTrue(f.verifier.signedByUs(token).isEmpty());
        assertTrue(hints.read(token).isEmpty());
    }

    private SignedJWT verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertTrue(jwt.verify(f.ring.byKid(jwt.getHeader().getKeyID()).orElseThrow().verifier()));
        return jwt;
    }

    private static SessionParticipant oidc(String clientId) {
        return new SessionParticipant(SessionParticipant.OIDC, clientId, null, null, null);
    }

    private static Client withBackchannel(String id, String subjectType, String sector, String idAlg, String uri) {
        return OidcTestClients.client(id, CODE, List.of("https://" + (sector == null ? id + ".example" : sector) + "/cb"),
                new OidcSettings("client_secret_basic", true, subjectType, sector, List.of(), idAlg, null, uri, true));
    }
}
