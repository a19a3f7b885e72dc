package org.symbolon.sts.token;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature, issuer and type already checked out, by their exact text: a token
 * introspected or exchanged again is not parsed and verified again. Bounded (emptied when full);
 * a hit still has its signing key looked up, its expiry checked and its revocation checked by
 * the caller, so nothing that would now be refused is answered from here.
 */
final class VerifiedTokenCache {

    private final int capacity;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    record Entry(VerifiedToken token, String kid) {
    }

    VerifiedTokenCache(int capacity) {
        this.capacity = capacity;
    }

    Entry get(String token) {
        return entries.get(token);
    }

    void put(String token, VerifiedToken verified, String kid) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(token, new Entry(verified, kid));
    }
}
