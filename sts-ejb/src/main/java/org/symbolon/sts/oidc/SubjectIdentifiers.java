package org.symbolon.sts.oidc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.MasterKey;
import org.symbolon.sts.trust.Client;

/**
 * The {@code sub} a client sees for a user (OIDC Core section 8): the user id for public subjects;
 * for pairwise ones base64url(SHA-256(sector | user id | salt)), so clients of different sectors
 * cannot correlate users and nobody without the salt can reverse it.
 */
@ApplicationScoped
public class SubjectIdentifiers {

    @Inject
    StsConfig config;

    @Inject
    MasterKey masterKey;

    private String salt;

    @PostConstruct
    void init() {
        salt = config.pairwiseSalt().orElseGet(
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(masterKey.derive("oidc-pairwise-salt")));
    }

    public String subject(Client client, String userId) {
        if (!client.oidc().pairwise()) {
            return userId;
        }
        return pairwise(client.oidc().sectorIdentifier(), userId, salt);
    }

    static String pairwise(String sector, String userId, String salt) {
        String input = sector + "|" + userId + "|" + salt;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(input));
    }
}
