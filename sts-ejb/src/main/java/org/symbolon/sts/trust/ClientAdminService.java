package org.symbolon.sts.trust;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;

/** Registers, changes and removes clients; every change is audited in the same transaction. */
@Stateless
public class ClientAdminService {

    @Inject
    ClientRepository repository;

    @Inject
    ClientDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    StsConfig config;

    @Inject
    PartnerIssuerRepository partners;

    public List<ClientView> list() {
        return repository.findAll().stream().map(Client::view).toList();
    }

    public ClientView get(String clientId) {
        return existing(clientId).view();
    }

    public CreatedClient create(ClientRegistration registration, String actor) {
        String clientId = registration.clientId() == null ? UUID.randomUUID().toString() : registration.clientId();
        ClientPolicy.checkClientId(clientId);
        Client draft = build(clientId, registration, null, UtcClock.now());
        String secret = draft.keys() == null && !draft.oidc().isPublicClient() ? ClientSecrets.generate() : null;
        return insert(draft, secret, actor);
    }

    /** Registers a client with a secret chosen by the operator (the bootstrap client). */
    public CreatedClient createWithSecret(ClientRegistration registration, String secret, String actor) {
        ClientPolicy.checkClientId(registration.clientId());
        return insert(build(registration.clientId(), registration, null, UtcClock.now()), secret, actor);
    }

    public ClientView update(String clientId, ClientRegistration registration, String actor) {
        Client before = existing(clientId);
        if (registration.clientId() != null && !registration.clientId().equals(clientId)) {
            throw StsException.invalidField("clientId", "clientId cannot be changed");
        }
        Client after = build(clientId, registration, before, before.createdAt());
        if (after.oidc().isPublicClient() || after.keys() != null) {
            after = withSecretHash(after, null); // a public or private_key_jwt client keeps no secret
        }
        repository.update(after);
        directory.invalidate(clientId);
        audit.success(actor, "client.update", clientId, before.view(), after.view());
        return after.view();
    }

    public void delete(String clientId, String actor) {
        Client before = existing(clientId);
        repository.delete(clientId);
        directory.invalidate(clientId);
        audit.success(actor, "client.delete", clientId, before.view(), null);
    }

    public String rotateSecret(String clientId, String actor) {
        Client before = existing(clientId);
        if (before.oidc().isPublicClient()) {
            throw StsException.invalidField("tokenEndpointAuthMethod", "A public client has no secret");
        }
        String secret = ClientSecrets.generate();
        Client after = withSecretHash(before, ClientSecrets.hash(secret));
        repository.update(after);
        directory.invalidate(clientId);
        audit.success(actor, "client.rotate-secret", clientId, null, null);
        return secret;
    }

    private CreatedClient insert(Client draft, String secret, String actor) {
        if (repository.find(draft.clientId()).isPresent()) {
            throw StsException.conflict("A client with this clientId already exists");
        }
        Client client = secret == null ? draft : withSecretHash(draft, ClientSecrets.hash(secret));
        repository.insert(client);
        directory.invalidate(client.clientId());
        audit.success(actor, "client.create", client.clientId(), null, client.view());
        return new CreatedClient(client.view(), secret);
    }

    private Client existing(String clientId) {
        return repository.find(clientId).orElseThrow(() -> StsException.notFound("No client with this clientId"));
    }

    private Client build(String clientId, ClientRegistration r, Client before, LocalDateTime createdAt) {
        ClientPolicy.checkName(r.name());
        JWKSet keys = ClientPolicy.jwks(r.jwks());
        java.util.Set<String> grants = ClientPolicy.grantTypes(r.grantTypes());
        List<String> redirectUris = ClientPolicy.redirectUris(r.redirectUris());
        String signingAlg = ClientPolicy.signingAlg(r.signingAlg(), config.defaultSigningAlg());
        OidcSettings oidc = OidcSettingsPolicy.check(r.oidc(), grants, redirectUris, keys != null, signingAlg,
                (int) config.refreshTokenLifetime().toSeconds());
        return new Client(clientId, r.name().strip(), before == null ? null : before.secretHash(),
                grants, ClientPolicy.scopes(r.scopes()), ClientPolicy.audiences(r.audiences()), redirectUris,
                ClientPolicy.lifetime(r.accessTokenLifetime(), (int) config.defaultAccessTokenLifetime().toSeconds(),
                        (int) config.maxAccessTokenLifetime().toSeconds()),
                signingAlg,
                keys == null ? null : keys.toString(true), keys, exchangePolicy(r),
                SamlRelyingPartyPolicy.check(r.saml(), ClientPolicy.audiences(r.audiences())),
                ClaimsRuleParser.fromText(r.outgoingRules(), "outgoingRules", "outgoing"), oidc,
                r.enabled() == null || r.enabled(), createdAt, UtcClock.now());
    }

    private ExchangePolicy exchangePolicy(ClientRegistration r) {
        ExchangePolicy policy = ClientPolicy.exchange(r.trustedIssuers(), r.tokenTypes(), r.allowedActors(),
                r.impersonation());
        for (String issuerId : policy.trustedIssuers()) {
            if (partners.find(issuerId).isEmpty()) {
                throw StsException.invalidField("trustedIssuers", "No partner issuer with id '" + issuerId + "'");
            }
        }
        return policy;
    }

    private static Client withSecretHash(Client c, String hash) {
        return new Client(c.clientId(), c.name(), hash, c.grantTypes(), c.scopes(), c.audiences(), c.redirectUris(),
                c.accessTokenLifetime(), c.signingAlg(), c.jwks(), c.keys(), c.exchange(), c.saml(), c.outgoingRules(), c.oidc(), c.enabled(), c.createdAt(),
                UtcClock.now());
    }
}
