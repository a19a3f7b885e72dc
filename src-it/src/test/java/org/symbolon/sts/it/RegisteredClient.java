package org.symbolon.sts.it;

import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import jakarta.json.JsonObject;

/** A client registered through the admin API, and its secret as shown once (null for a key-only client). */
record RegisteredClient(String id, String secret, JsonObject registration) {

    ClientSecretBasic basic() {
        return OAuthClient.basic(id, secret);
    }

    ClientSecretPost post() {
        return OAuthClient.post(id, secret);
    }
}
