package org.symbolon.sts.trust;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.PartnerMetadata;
import org.symbolon.sts.token.saml.SamlRefusal;

/** Registers, changes and removes trusted partner issuers; every change is audited with it. */
@Stateless
public class PartnerAdminService {

    @Inject
    PartnerIssuerRepository repository;

    @Inject
    PartnerDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    StsConfig config;

    @Inject
    SamlConfig samlConfig;

    @Inject
    PartnerMetadataSource metadataSource;

    public List<PartnerIssuerView> list() {
        return repository.findAll().stream().map(PartnerIssuer::view).toList();
    }

    public PartnerIssuerView get(String issuerId) {
        return existing(issuerId).view();
    }

    public PartnerIssuerView create(PartnerRegistration registration, String actor) {
        PartnerPolicy.checkId(registration.issuerId());
        if (repository.find(registration.issuerId()).isPresent()) {
            throw StsException.conflict("A partner issuer with this issuerId already exists");
        }
        PartnerIssuer partner = build(registration.issuerId(), registration, UtcClock.now());
        refuseDuplicateIssuer(partner);
        repository.insert(partner);
        directory.invalidate();
        audit.success(actor, "issuer.create", partner.issuerId(), null, partner.view());
        return partner.view();
    }

    /** Registers a SAML 2.0 identity provider from its metadata document, every other setting at its default. */
    public PartnerIssuerView createFromMetadata(String issuerId, String name, String metadata, String actor) {
        return create(new PartnerRegistration(issuerId, null, name, PartnerIssuer.PROTOCOL_SAML2, null, null,
                required(metadata), null, null, null, null, null, null, null), actor);
    }

    /** A SAML partner's new metadata (a new signing certificate, say), for the same entityID; other settings kept. */
    public PartnerIssuerView replaceMetadata(String issuerId, String metadata, String actor) {
        PartnerIssuer p = existing(issuerId);
        if (!p.isSaml()) {
            throw StsException.invalidField("protocol", "Only a saml2 partner has metadata");
        }
        return update(issuerId, new PartnerRegistration(issuerId, p.issuer(), p.name(), p.protocol(), null, null,
                required(metadata), null, p.saml().metadataCertificate(), List.copyOf(p.tokenTypes()), p.audience(),
                p.algorithms().stream().map(a -> a.getName()).toList(), p.incomingRules().json(), p.enabled()), actor);
    }

    private static String required(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            throw StsException.invalidField("metadata", "The request body must be the partner's SAML metadata");
        }
        return metadata;
    }

    public PartnerIssuerView update(String issuerId, PartnerRegistration registration, String actor) {
        PartnerIssuer before = existing(issuerId);
        if (registration.issuerId() != null && !registration.issuerId().equals(issuerId)) {
            throw StsException.invalidField("issuerId", "issuerId cannot be changed");
        }
        PartnerIssuer after = build(issuerId, registration, before.createdAt());
        refuseDuplicateIssuer(after);
        repository.update(after);
        directory.invalidate();
        audit.success(actor, "issuer.update", issuerId, before.view(), after.view());
        return after.view();
    }

    /**
     * Enables or disables a partner and keeps every other setting as stored. Not a full {@link #update}: that
     * would fetch a SAML partner's metadata URL again, and switching a partner off must work while it is down.
     */
    public PartnerIssuerView setEnabled(String issuerId, boolean enabled, String actor) {
        PartnerIssuer before = existing(issuerId);
        PartnerIssuer after = before.withEnabled(enabled, UtcClock.now());
        repository.update(after);
        directory.invalidate();
        audit.success(actor, enabled ? "issuer.enable" : "issuer.disable", issuerId, before.view(), after.view());
        return after.view();
    }

    public void delete(String issuerId, String actor) {
        PartnerIssuer before = existing(issuerId);
        repository.delete(issuerId);
        directory.invalidate();
        audit.success(actor, "issuer.delete", issuerId, before.view(), null);
    }

    private void refuseDuplicateIssuer(PartnerIssuer partner) {
        repository.findByIssuer(partner.issuer()).filter(other -> !other.issuerId().equals(partner.issuerId()))
                .ifPresent(other -> {
                    throw StsException.conflict("Another partner issuer already has this issuer value");
                });
    }

    private PartnerIssuer existing(String issuerId) {
        return repository.find(issuerId).orElseThrow(() -> StsException.notFound("No partner issuer with this id"));
    }

    private PartnerIssuer build(String issuerId, PartnerRegistration r, LocalDateTime createdAt) {
        ClientPolicy.checkName(r.name());
        String protocol = PartnerPolicy.protocol(r.protocol());
        if (PartnerIssuer.PROTOCOL_SAML2.equals(protocol)) {
            return buildSaml(issuerId, r, createdAt);
        }
        PartnerPolicy.jwtSources(r.metadata(), r.metadataUrl(), r.metadataCertificate());
        String ourIssuer = config.issuer();
        return new PartnerIssuer(issuerId, PartnerPolicy.issuer(r.issuer(), ourIssuer), r.name().strip(),
                protocol, PartnerPolicy.keys(r.jwks(), r.jwksUri()), r.jwksUri(), null,
                PartnerPolicy.tokenTypes(protocol, r.tokenTypes()), PartnerPolicy.audience(r.audience(), ourIssuer),
                PartnerPolicy.algorithms(r.algorithms()),
                ClaimsRuleParser.fromText(r.incomingRules(), "incomingRules", "incoming"), r.enabled() == null || r.enabled(), createdAt,
                UtcClock.now());
    }

    /** A SAML 2.0 partner: its entityID and signing certificates come from its metadata, read (or fetched) now. */
    private PartnerIssuer buildSaml(String issuerId, PartnerRegistration r, LocalDateTime createdAt) {
        PartnerPolicy.samlSources(r.jwks(), r.jwksUri(), r.metadata(), r.metadataUrl());
        X509Certificate pinned = PartnerPolicy.metadataCertificate(r.metadataCertificate());
        String expectedEntityId = r.issuer() == null ? null : PartnerPolicy.issuer(r.issuer(), samlConfig.entityId());
        String xml;
        PartnerMetadata metadata;
        try {
            if (r.metadataUrl() != null) {
                PartnerMetadataSource.Document document = metadataSource.fetch(r.metadataUrl(), expectedEntityId, pinned);
                xml = document.xml();
                metadata = document.metadata();
            } else {
                xml = r.metadata();
                metadata = PartnerMetadata.read(xml, expectedEntityId, pinned);
            }
        } catch (SamlRefusal e) {
            String field = r.metadataUrl() != null ? "metadataUrl" : "metadata";
            throw StsException.invalidField(field, "The partner's metadata " + e.getMessage());
        }
        String entityId = PartnerPolicy.issuer(metadata.entityId(), samlConfig.entityId());
        SamlPartner saml = new SamlPartner(xml, r.metadataUrl(), pinned == null ? null : CertificatePem.encode(pinned),
                metadata.signingCertificates());
        return new PartnerIssuer(issuerId, entityId, r.name().strip(), PartnerIssuer.PROTOCOL_SAML2, null, null, saml,
                PartnerPolicy.tokenTypes(PartnerIssuer.PROTOCOL_SAML2, r.tokenTypes()),
                PartnerPolicy.audience(r.audience(), samlConfig.entityId()), PartnerPolicy.algorithms(r.algorithms()),
                ClaimsRuleParser.fromText(r.incomingRules(), "incomingRules", "incoming"),
                r.enabled() == null || r.enabled(), createdAt, UtcClock.now());
    }
}
