package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revoked token ids that have not yet expired, in memory: the exception list every
 * validation consults. Filled from the database at start and kept in step by {@link RevocationSync}.
 */
@ApplicationScoped
public class RevocationList {

    private final ConcurrentHashMap<String, Long> revoked = new ConcurrentHashMap<>();
    /** "Everything this subject got from this client until then": key -> cutoff and expiry. */
    private final ConcurrentHashMap<String, long[]> subjectCutoffs = new ConcurrentHashMap<>();

    public boolean isRevoked(String jti) {
        return jti != null && revoked.containsKey(jti);
    }

    public void add(String jti, long expiresAtMillis) {
        revoked.put(jti, expiresAtMillis);
    }

    public void forgetExpired(long nowMillis) {
        revoked.values().removeIf(expiry -> expiry < nowMillis);
        subjectCutoffs.values().removeIf(cutoff -> cutoff[1] < nowMillis);
    }

    /** Tokens of this subject from this client issued at or before {@code cutoffMillis} are revoked. */
    public void revokeSubject(String key, long cutoffMillis, long expiresAtMillis) {
        subjectCutoffs.merge(key, new long[] {cutoffMillis, expiresAtMillis},
                (a, b) -> new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
    }

    public boolean isRevokedSubject(String subject, String clientId, long issuedAtMillis) {
        if (subjectCutoffs.isEmpty() || subject == null || clientId == null) {
            return false;
        }
        long[] cutoff = subjectCutoffs.get(SubjectRevocationKey.of(subject, clientId));
        return cutoff != null && issuedAtMillis <= cutoff[0];
    }

    public int size() {
        return revoked.size();
    }
}
