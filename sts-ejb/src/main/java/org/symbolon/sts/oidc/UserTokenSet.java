package org.symbolon.sts.oidc;

import org.symbolon.sts.token.IssuedToken;

/** The tokens issued to a client for a user: the access token, and the ID token when openid was granted. */
public record UserTokenSet(IssuedToken accessToken, IssuedAccessToken accessTokenId, String idToken) {
}
