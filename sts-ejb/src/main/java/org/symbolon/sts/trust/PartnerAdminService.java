package org.symbolon.sts.trust;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;

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
        String ourIssuer = config.issuer();
        return new PartnerIssuer(issuerId, PartnerPolicy.issuer(r.issuer(), ourIssuer), r.name().strip(),
                PartnerPolicy.protocol(r.protocol()), PartnerPolicy.keys(r.jwks(), r.jwksUri()), r.jwksUri(),
                PartnerPolicy.tokenTypes(r.tokenTypes()), PartnerPolicy.audience(r.audience(), ourIssuer),
                PartnerPolicy.algorithms(r.algorithms()),
                ClaimsRuleParser.fromText(r.incomingRules(), "incomingRules", "incoming"), r.enabled() == null || r.enabled(), createdAt,
                UtcClock.now());
    }
}
