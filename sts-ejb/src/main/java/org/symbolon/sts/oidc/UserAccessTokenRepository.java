package org.symbolon.sts.oidc;

import java.time.LocalDateTime;
import java.util.List;

/** The access tokens users hold, in the shared database, so any node can revoke them with their user or session. */
public interface UserAccessTokenRepository {

    void insert(UserAccessToken token);

    /** The user's tokens that have not yet expired. */
    List<UserAccessToken> liveOfUser(String userId, LocalDateTime now);

    /** The tokens granted in the session that have not yet expired. */
    List<UserAccessToken> liveOfSession(String sessionId, LocalDateTime now);

    int deleteExpired(LocalDateTime before);
}
