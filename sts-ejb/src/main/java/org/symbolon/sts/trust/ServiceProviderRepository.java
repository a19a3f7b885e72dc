package org.symbolon.sts.trust;

import java.util.List;
import java.util.Optional;

public interface ServiceProviderRepository {

    Optional<ServiceProvider> find(String id);

    Optional<ServiceProvider> findByEntityId(String entityId);

    List<ServiceProvider> findAll();

    void insert(ServiceProvider serviceProvider);

    void update(ServiceProvider serviceProvider);

    boolean delete(String id);
}
