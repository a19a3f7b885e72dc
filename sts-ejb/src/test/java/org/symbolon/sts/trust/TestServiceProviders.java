package org.symbolon.sts.trust;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/** Service providers registered in memory, as the directory finds them, for unit tests. */
public final class TestServiceProviders {

    private TestServiceProviders() {
    }

    /** A service provider read from {@code metadataXml}, with default settings changed by {@code settings}. */
    public static ServiceProvider of(String metadataXml, ServiceProviderSettingsInput settings) throws Exception {
        ServiceProviderMetadata metadata = ServiceProviderMetadata.read(metadataXml, null, null);
        LocalDateTime now = LocalDateTime.now();
        return new ServiceProvider("sp-" + metadata.entityId().hashCode(), metadata, metadataXml, null, null,
                ServiceProviderPolicy.settings(settings, metadata, null), now, now);
    }

    public static ServiceProviderDirectory directory(ServiceProvider... registered) {
        List<ServiceProvider> all = new ArrayList<>(List.of(registered));
        ServiceProviderDirectory directory = new ServiceProviderDirectory();
        directory.config = new TestConfig();
        directory.repository = new ServiceProviderRepository() {
            @Override
            public Optional<ServiceProvider> find(String id) {
                return all.stream().filter(sp -> sp.id().equals(id)).findFirst();
            }

            @Override
            public Optional<ServiceProvider> findByEntityId(String entityId) {
                return all.stream().filter(sp -> sp.entityId().equals(entityId)).findFirst();
            }

            @Override
            public List<ServiceProvider> findAll() {
                return List.copyOf(all);
            }

            @Override
            public void insert(ServiceProvider sp) {
                all.add(sp);
            }

            @Override
            public void update(ServiceProvider sp) {
                all.replaceAll(old -> old.id().equals(sp.id()) ? sp : old);
            }

            @Override
            public boolean delete(String id) {
                return all.removeIf(sp -> sp.id().equals(id));
            }
        };
        return directory;
    }
}
