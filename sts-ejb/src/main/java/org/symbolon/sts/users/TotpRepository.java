package org.symbolon.sts.users;

import java.util.Optional;

/** Users' TOTP secrets (sealed with the master key) and the last time step each accepted; shared by every node. */
public interface TotpRepository {

    Optional<StoredTotp> find(String userId);

    /** Stores the user's secret in place of any earlier one; no step is used yet. */
    void save(String userId, String sealedSecret);

    /** True when there was one to remove. */
    boolean delete(String userId);

    /** Records {@code step} as used; true only for the one caller, on any node, that moved it forward. */
    boolean advance(String userId, long step);
}
