package org.symbolon.sts.keys;

import java.util.List;

public interface SigningKeyRepository {

    List<StoredKey> findAll();

    void insert(StoredKey key);

    void update(StoredKey key);

    /** Stores the certificate of a key that has none; false when the key has one already (another node was first). */
    boolean attachCertificate(String kid, String certificatePem);

    void delete(String kid);
}
