package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revoked token ids that have not yet expired, in memory: the exception list every
 * validation consults. Filled from the database at start and kept in step by {@link RevocationSync}.
 */
@ApplicationScoped
public class RevocationList {

    /**
     * Each id maps to itself with its latest expiry: one small object per revoked token (see
     * {@link RevokedId}), so that a wave of revocations, each kept until its token expires, costs
     * the heap as little as it can.
     */
    private final ConcurrentHashMap<RevokedId, RevokedId> revoked = new ConcurrentHashMap<>();
    /** "Everything this subject got from this client until then": key -> cutoff and expiry. */
    private final ConcurrentHashMap<String, long[]> subjectCutoffs = new ConcurrentHashMap<>();
    /** "Everything this subject got from any client until then": subject key -> cutoff and expiry. */
    private final ConcurrentHashMap<String, long[]> allClientsCutoffs = new ConcurrentHashMap<>();

    public boolean isRevoked(String jti) {
        return jti != null && revoked.containsKey(RevokedId.probe(jti));
    }

    public void add(String jti, long expiresAtMillis) {
        RevokedId id = RevokedId.of(jti, expiresAtMillis);
        revoked.put(id, id);
    }

    public void forgetExpired(long nowMillis) {
        revoked.values().removeIf(id -> id.expiresAtMillis() < nowMillis);
        subjectCutoffs.values().removeIf(cutoff -> cutoff[1] < nowMillis);
        allClientsCutoffs.values().removeIf(cutoff -> cutoff[1] < nowMillis);
    }

    /** Tokens of this subject from this client issued at or before {@code cutoffMillis} are revoked. */
    public void revokeSubject(String key, long cutoffMillis, long expiresAtMillis) {
        merge(subjectCutoffs, key, cutoffMillis, expiresAtMillis);
    }

    /** Tokens of this subject ({@link SubjectRevocationKey#ofSubject}) from any client issued at or before the cutoff are revoked. */
    public void revokeSubjectForAllClients(String subjectKey, long cutoffMillis, long expiresAtMillis) {
        merge(allClientsCutoffs, subjectKey, cutoffMillis, expiresAtMillis);
    }

    public boolean isRevokedSubject(String subject, String clientId, long issuedAtMillis) {
        if (subject == null) {
            return false;
        }
        // both maps are empty almost always: no digest is computed on the hot path then
        if (!subjectCutoffs.isEmpty() && clientId != null
                && before(subjectCutoffs.get(SubjectRevocationKey.of(subject, clientId)), issuedAtMillis)) {
            return true;
        }
        return !allClientsCutoffs.isEmpty()
                && before(allClientsCutoffs.get(SubjectRevocationKey.ofSubject(subject)), issuedAtMillis);
    }

    private static boolean before(long[] cutoff, long issuedAtMillis) {
        return cutoff != null && issuedAtMillis <= cutoff[0];
    }

    private static void merge(ConcurrentHashMap<String, long[]> cutoffs, String key, long cutoff, long expiry) {
        cutoffs.merge(key, new long[] {cutoff, expiry},
                (a, b) -> new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
    }

    public int size() {
        return revoked.size();
    }
}
