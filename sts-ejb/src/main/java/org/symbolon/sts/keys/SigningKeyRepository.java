package org.symbolon.sts.keys;

import java.util.List;

public interface SigningKeyRepository {

    List<StoredKey> findAll();

    void insert(StoredKey key);

    void update(StoredKey key);

    void delete(String kid);
}
