package org.symbolon.sts.persistence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.oidc.ClaimsSnapshot;
import org.symbolon.sts.oidc.UserGrant;

/** A user grant spread over the columns that codes and refresh token families share. */
final class UserGrantColumns {

    private UserGrantColumns() {
    }

    static UserGrant read(String clientId, String userId, String sessionId, String scope, java.time.LocalDateTime authTime,
            String amr, String acr, String claims) {
        return new UserGrant(clientId, userId, sessionId, split(scope), UtcClock.toInstant(authTime),
                List.copyOf(split(amr)), acr, ClaimsSnapshot.fromJson(claims));
    }

    /** Scope tokens and amr values contain no spaces, so space-separated columns are lossless. */
    static String join(java.util.Collection<String> values) {
        return String.join(" ", values);
    }

    private static Set<String> split(String column) {
        return column == null || column.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(column.trim().split(" +")));
    }
}
