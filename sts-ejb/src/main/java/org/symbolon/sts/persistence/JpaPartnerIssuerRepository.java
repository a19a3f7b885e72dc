package org.symbolon.sts.persistence;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.trust.PartnerIssuer;
import org.symbolon.sts.trust.PartnerIssuerRepository;
import org.symbolon.sts.trust.SamlPartner;

@Stateless
public class JpaPartnerIssuerRepository implements PartnerIssuerRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<PartnerIssuer> find(String issuerId) {
        return Optional.ofNullable(em.find(PartnerIssuerEntity.class, issuerId)).map(JpaPartnerIssuerRepository::of);
    }

    @Override
    public Optional<PartnerIssuer> findByIssuer(String issuer) {
        return em.createQuery("SELECT p FROM PartnerIssuerEntity p WHERE p.issuer = :issuer", PartnerIssuerEntity.class)
                .setParameter("issuer", issuer).getResultList().stream().findFirst().map(JpaPartnerIssuerRepository::of);
    }

    @Override
    public List<PartnerIssuer> findAll() {
        return em.createQuery("SELECT p FROM PartnerIssuerEntity p ORDER BY p.issuerId", PartnerIssuerEntity.class)
                .getResultList().stream().map(JpaPartnerIssuerRepository::of).toList();
    }

    @Override
    public void insert(PartnerIssuer partner) {
        PartnerIssuerEntity e = new PartnerIssuerEntity();
        e.issuerId = partner.issuerId();
        e.createdAt = partner.createdAt();
        copy(partner, e);
        em.persist(e);
    }

    @Override
    public void update(PartnerIssuer partner) {
        PartnerIssuerEntity e = em.find(PartnerIssuerEntity.class, partner.issuerId());
        if (e != null) {
            copy(partner, e);
        }
    }

    @Override
    public boolean delete(String issuerId) {
        PartnerIssuerEntity e = em.find(PartnerIssuerEntity.class, issuerId);
        if (e == null) {
            return false;
        }
        em.remove(e);
        return true;
    }

    private static void copy(PartnerIssuer p, PartnerIssuerEntity e) {
        e.issuer = p.issuer();
        e.name = p.name();
        e.protocol = p.protocol();
        e.jwks = p.staticKeys() == null ? null : p.staticKeys().toString(true);
        e.jwksUri = p.jwksUri();
        SamlPartner saml = p.saml();
        e.samlMetadata = saml == null ? null : saml.metadata();
        e.metadataUrl = saml == null ? null : saml.metadataUrl();
        e.metadataCertificate = saml == null ? null : saml.metadataCertificate();
        e.certificates = p.certificates().stream().map(CertificatePem::encode).collect(Collectors.joining());
        e.certificatesExpireAt = p.certificatesExpireAt();
        e.tokenTypes = String.join(" ", p.tokenTypes());
        e.audience = p.audience();
        e.algorithms = p.algorithms().stream().map(JWSAlgorithm::getName).collect(Collectors.joining(" "));
        e.incomingRules = p.incomingRules().json();
        e.enabled = p.enabled();
        e.updatedAt = p.updatedAt();
    }

    private static PartnerIssuer of(PartnerIssuerEntity e) {
        Set<JWSAlgorithm> algorithms = words(e.algorithms).stream().map(JWSAlgorithm::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        SamlPartner saml = PartnerIssuer.PROTOCOL_SAML2.equals(e.protocol)
                ? new SamlPartner(e.samlMetadata, e.metadataUrl, e.metadataCertificate, CertificatePem.decodeAll(e.certificates))
                : null;
        return new PartnerIssuer(e.issuerId, e.issuer, e.name, e.protocol, keys(e.jwks), e.jwksUri, saml,
                new LinkedHashSet<>(words(e.tokenTypes)), e.audience, algorithms,
                ClaimsRuleParser.fromText(e.incomingRules, "incomingRules", "incoming"), e.enabled, e.createdAt, e.updatedAt);
    }

    private static JWKSet keys(String jwks) {
        try {
            return jwks == null || jwks.isBlank() ? null : JWKSet.parse(jwks);
        } catch (ParseException e) {
            return null;
        }
    }

    private static List<String> words(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.trim().split(" +"));
    }
}
