package org.symbolon.sts.token;

/** Builds a {@link TokenIdRevocations} over test doubles from other packages' tests. */
public final class TokenIdRevocationsAccess {

    private TokenIdRevocationsAccess() {
    }

    public static TokenIdRevocations create(RevocationRepository repository, RevocationList list) {
        TokenIdRevocations revocations = new TokenIdRevocations();
        revocations.repository = repository;
        revocations.list = list;
        return revocations;
    }
}
