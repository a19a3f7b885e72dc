package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.users.UserDisabled;

/** Disabling a user cuts off every token the browser flows gave them, whatever subject a client sees. */
class DisabledUserGrantsTest {

    private final OidcFixture f = new OidcFixture();
    private final Client spa = OidcTestClients.spa();
    private final Client pairwise = OidcTestClients.pairwise("pw", "pw.example");

    @Test
    void everyAccessTokenOfTheUserGoesWhateverItsSubjectAndOthersStay() {
        String pairwiseToken = f.userTokens.issue(pairwise, grant(pairwise, "user-42"), null).accessToken().value();
        String codeOnlyToken = f.userTokens.issue(spa, grant(spa, "user-42"), null).accessToken().value();
        String otherUsers = f.userTokens.issue(pairwise, grant(pairwise, "user-7"), null).accessToken().value();
        assertTrue(f.verifier.verify(pairwiseToken).isPresent());

        f.disabledUsers.onUserDisabled(new UserDisabled("user-42", "alice"));

        assertTrue(f.verifier.verify(pairwiseToken).isEmpty(), "a pairwise sub does not hide the token");
        assertTrue(f.verifier.verify(codeOnlyToken).isEmpty(), "a code redeemed without a refresh token");
        assertTrue(f.verifier.verify(otherUsers).isPresent());
    }

    private static UserGrant grant(Client client, String userId) {
        return new UserGrant(client.clientId(), userId, "sid-1", Set.of("openid"), Instant.now(), List.of("pwd"), null,
                Map.of());
    }
}
