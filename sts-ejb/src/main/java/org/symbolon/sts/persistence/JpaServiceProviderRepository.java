package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderRepository;
import org.symbolon.sts.trust.ServiceProviderSettings;

@Stateless
public class JpaServiceProviderRepository implements ServiceProviderRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<ServiceProvider> find(String id) {
        return Optional.ofNullable(em.find(ServiceProviderEntity.class, id)).map(JpaServiceProviderRepository::of);
    }

    @Override
    public Optional<ServiceProvider> findByEntityId(String entityId) {
        return em.createQuery("SELECT s FROM ServiceProviderEntity s WHERE s.entityId = :entityId",
                ServiceProviderEntity.class).setParameter("entityId", entityId).getResultList().stream().findFirst()
                .map(JpaServiceProviderRepository::of);
    }

    @Override
    public List<ServiceProvider> findAll() {
        return em.createQuery("SELECT s FROM ServiceProviderEntity s ORDER BY s.entityId", ServiceProviderEntity.class)
                .getResultList().stream().map(JpaServiceProviderRepository::of).toList();
    }

    @Override
    public void insert(ServiceProvider sp) {
        ServiceProviderEntity e = new ServiceProviderEntity();
        e.id = sp.id();
        e.createdAt = sp.createdAt();
        copy(sp, e);
        em.persist(e);
    }

    @Override
    public void update(ServiceProvider sp) {
        ServiceProviderEntity e = em.find(ServiceProviderEntity.class, sp.id());
        if (e != null) {
            copy(sp, e);
        }
    }

    @Override
    public boolean delete(String id) {
        ServiceProviderEntity e = em.find(ServiceProviderEntity.class, id);
        if (e == null) {
            return false;
        }
        em.remove(e);
        return true;
    }

    private static void copy(ServiceProvider sp, ServiceProviderEntity e) {
        ServiceProviderMetadata m = sp.metadata();
        e.entityId = m.entityId();
        e.metadata = sp.metadataXml();
        e.metadataUrl = sp.metadataUrl();
        e.metadataCertificate = sp.metadataCertificate();
        e.acs = ServiceProviderEndpoints.writeAcs(m.assertionConsumerServices());
        e.slo = ServiceProviderEndpoints.writeSlo(m.singleLogoutServices());
        e.signingCertificates = pems(m.signingCertificates());
        e.encryptionCertificates = pems(m.encryptionCertificates());
        e.certificatesExpireAt = sp.certificatesExpireAt();
        e.authnRequestsSigned = m.authnRequestsSigned();
        e.wantAssertionsSigned = m.wantAssertionsSigned();
        e.nameIdFormats = ServiceProviderEndpoints.writeWords(m.nameIdFormats());
        ServiceProviderSettings s = sp.settings();
        e.enabled = s.enabled();
        e.displayName = s.displayName();
        e.signResponse = s.signResponse();
        e.signAssertion = s.signAssertion();
        e.encryptAssertion = s.encryptAssertion();
        e.nameIdFormat = s.nameIdFormat();
        e.attributeRules = s.attributeRules().json();
        e.signatureAlgorithm = s.signatureAlgorithm();
        e.assertionLifetime = (int) s.assertionLifetime().toSeconds();
        e.requireSignedRequests = s.requireSignedAuthnRequests();
        e.updatedAt = sp.updatedAt();
    }

    private static ServiceProvider of(ServiceProviderEntity e) {
        ServiceProviderMetadata metadata = new ServiceProviderMetadata(e.entityId,
                ServiceProviderEndpoints.readAcs(e.acs), ServiceProviderEndpoints.readSlo(e.slo),
                CertificatePem.decodeAll(e.signingCertificates), CertificatePem.decodeAll(e.encryptionCertificates),
                e.authnRequestsSigned, e.wantAssertionsSigned, ServiceProviderEndpoints.readWords(e.nameIdFormats));
        ServiceProviderSettings settings = new ServiceProviderSettings(e.enabled, e.displayName, e.signResponse,
                e.signAssertion, e.encryptAssertion, e.nameIdFormat,
                ClaimsRuleParser.fromText(e.attributeRules, "attributeRules", "attribute"), e.signatureAlgorithm,
                Duration.ofSeconds(e.assertionLifetime), e.requireSignedRequests);
        return new ServiceProvider(e.id, metadata, e.metadata, e.metadataUrl, e.metadataCertificate, settings,
                e.createdAt, e.updatedAt);
    }

    private static String pems(List<X509Certificate> certificates) {
        return certificates.stream().map(CertificatePem::encode).collect(Collectors.joining());
    }
}
