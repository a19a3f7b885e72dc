package org.symbolon.sts.trust;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/** Registers, changes and removes SAML 2.0 service providers; every change is audited with it. */
@Stateless
public class ServiceProviderAdminService {

    @Inject
    ServiceProviderRepository repository;

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    ServiceProviderMetadataSource metadataSource;

    @Inject
    AuditLog audit;

    @Inject
    SamlConfig samlConfig;

    public List<ServiceProviderView> list() {
        return repository.findAll().stream().map(ServiceProvider::view).toList();
    }

    public ServiceProviderView get(String id) {
        return existing(id).view();
    }

    public ServiceProviderView create(ServiceProviderRegistration registration, String actor) {
        String id = registration.id() == null ? UUID.randomUUID().toString() : registration.id();
        ServiceProviderPolicy.checkId(id);
        if (repository.find(id).isPresent()) {
            throw StsException.conflict("A service provider with this id already exists");
        }
        Source source = read(registration.entityId(), registration.metadata(), registration.metadataUrl(),
                registration.metadataCertificate());
        if (repository.findByEntityId(source.metadata().entityId()).isPresent()) {
            throw StsException.conflict("A service provider with this entityID already exists");
        }
        LocalDateTime now = UtcClock.now();
        ServiceProvider sp = new ServiceProvider(id, source.metadata(), source.xml(), registration.metadataUrl(),
                source.pinnedPem(), ServiceProviderPolicy.settings(registration.settings(), source.metadata(), null),
                now, now);
        repository.insert(sp);
        directory.invalidate();
        audit.success(actor, "sp.create", id, null, sp.view());
        return sp.view();
    }

    /** Changes the given settings; the others, and the metadata, stay as they are. */
    public ServiceProviderView update(String id, ServiceProviderSettingsInput settings, String actor) {
        ServiceProvider before = existing(id);
        ServiceProvider after = new ServiceProvider(id, before.metadata(), before.metadataXml(), before.metadataUrl(),
                before.metadataCertificate(), ServiceProviderPolicy.settings(settings, before.metadata(), before.settings()),
                before.createdAt(), UtcClock.now());
        return save(before, after, "sp.update", actor);
    }

    /** New metadata (or a new metadata URL) for the same entityID; every setting is kept. */
    public ServiceProviderView replaceMetadata(String id, String metadata, String metadataUrl, String metadataCertificate,
            String actor) {
        ServiceProvider before = existing(id);
        Source source = read(before.entityId(), metadata, metadataUrl, metadataCertificate);
        ServiceProvider after = new ServiceProvider(id, source.metadata(), source.xml(), metadataUrl, source.pinnedPem(),
                ServiceProviderPolicy.settings(null, source.metadata(), before.settings()), before.createdAt(),
                UtcClock.now());
        return save(before, after, "sp.metadata", actor);
    }

    public void delete(String id, String actor) {
        ServiceProvider before = existing(id);
        repository.delete(id);
        directory.invalidate();
        audit.success(actor, "sp.delete", id, before.view(), null);
    }

    private ServiceProviderView save(ServiceProvider before, ServiceProvider after, String action, String actor) {
        repository.update(after);
        directory.invalidate();
        audit.success(actor, action, after.id(), before.view(), after.view());
        return after.view();
    }

    private ServiceProvider existing(String id) {
        return repository.find(id).orElseThrow(() -> StsException.notFound("No service provider with this id"));
    }

    private record Source(String xml, ServiceProviderMetadata metadata, String pinnedPem) {
    }

    /** The metadata, uploaded or fetched now; refusals name the field it came in. */
    private Source read(String entityId, String metadata, String metadataUrl, String metadataCertificate) {
        PartnerPolicy.samlSources(null, null, blankToNull(metadata), metadataUrl);
        X509Certificate pinned = PartnerPolicy.metadataCertificate(metadataCertificate);
        String field = metadataUrl != null ? "metadataUrl" : "metadata";
        try {
            Source source;
            if (metadataUrl != null) {
                ServiceProviderMetadataSource.Document document = metadataSource.fetch(metadataUrl, entityId, pinned);
                source = new Source(document.xml(), document.metadata(), null);
            } else {
                source = new Source(metadata, ServiceProviderMetadata.read(metadata, entityId, pinned), null);
            }
            if (source.metadata().entityId().equals(samlConfig.entityId())) {
                throw StsException.invalidField(field, "Symbolon's own entityID cannot be a service provider");
            }
            return new Source(source.xml(), source.metadata(), pinned == null ? null : CertificatePem.encode(pinned));
        } catch (SamlRefusal e) {
            throw StsException.invalidField(field, "The service provider's metadata " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
