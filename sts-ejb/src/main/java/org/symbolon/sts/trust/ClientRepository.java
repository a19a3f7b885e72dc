package org.symbolon.sts.trust;

import java.util.List;
import java.util.Optional;

public interface ClientRepository {

    Optional<Client> find(String clientId);

    List<Client> findAll();

    void insert(Client client);

    void update(Client client);

    boolean delete(String clientId);
}
