package org.symbolon.sts.persistence;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientRepository;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;
import org.symbolon.sts.trust.SamlRelyingParty;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

@Stateless
public class JpaClientRepository implements ClientRepository {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<Client> find(String clientId) {
        return Optional.ofNullable(em.find(ClientEntity.class, clientId)).map(JpaClientRepository::toClient);
    }

    @Override
    public List<Client> findAll() {
        return em.createQuery("SELECT c FROM ClientEntity c ORDER BY c.clientId", ClientEntity.class)
                .getResultList().stream().map(JpaClientRepository::toClient).toList();
    }

    @Override
    public void insert(Client client) {
        ClientEntity e = new ClientEntity();
        e.clientId = client.clientId();
        e.createdAt = client.createdAt();
        copy(client, e);
        em.persist(e);
    }

    @Override
    public void update(Client client) {
        ClientEntity e = em.find(ClientEntity.class, client.clientId());
        if (e != null) {
            copy(client, e);
        }
    }

    @Override
    public boolean delete(String clientId) {
        ClientEntity e = em.find(ClientEntity.class, clientId);
        if (e == null) {
            return false;
        }
        em.remove(e);
        return true;
    }

    private static void copy(Client c, ClientEntity e) {
        e.name = c.name();
        e.secretHash = c.secretHash();
        e.grantTypes = join(c.grantTypes());
        e.scopes = join(c.scopes());
        e.audiences = join(c.audiences());
        e.redirectUris = join(c.redirectUris());
        e.accessTokenLifetime = c.accessTokenLifetime();
        e.signingAlg = c.signingAlg();
        e.jwks = c.jwks();
        e.trustedIssuers = join(c.exchange().trustedIssuers());
        e.tokenTypes = join(c.exchange().tokenTypes());
        e.allowedActors = join(c.exchange().allowedActors());
        e.impersonation = c.exchange().impersonation();
        e.samlSettings = c.saml() == null ? null : JSON.toJson(c.saml());
        e.outgoingRules = c.outgoingRules().json();
        e.oidcSettings = JSON.toJson(c.oidc());
        e.enabled = c.enabled();
        e.updatedAt = c.updatedAt();
    }

    private static Client toClient(ClientEntity e) {
        return new Client(e.clientId, e.name, e.secretHash, new LinkedHashSet<>(split(e.grantTypes)),
                new LinkedHashSet<>(split(e.scopes)), split(e.audiences), split(e.redirectUris),
                e.accessTokenLifetime, e.signingAlg, e.jwks, parseKeys(e.jwks), exchange(e), saml(e.samlSettings),
                ClaimsRuleParser.fromText(e.outgoingRules, "outgoingRules", "outgoing"), oidc(e.oidcSettings),
                e.enabled, e.createdAt, e.updatedAt);
    }

    private static SamlRelyingParty saml(String json) {
        return json == null || json.isBlank() ? null : JSON.fromJson(json, SamlRelyingParty.class);
    }

    private static OidcSettings oidc(String json) {
        return json == null || json.isBlank() ? OidcSettings.DEFAULT : JSON.fromJson(json, OidcSettings.class);
    }

    private static ExchangePolicy exchange(ClientEntity e) {
        return new ExchangePolicy(new LinkedHashSet<>(split(e.trustedIssuers)), new LinkedHashSet<>(split(e.tokenTypes)),
                new LinkedHashSet<>(split(e.allowedActors)), e.impersonation);
    }

    private static JWKSet parseKeys(String jwks) {
        try {
            return jwks == null || jwks.isBlank() ? null : JWKSet.parse(jwks);
        } catch (ParseException e) {
            return null;
        }
    }

    /** Values never contain spaces (validated on registration), so a space-separated column is lossless. */
    private static String join(java.util.Collection<String> values) {
        return String.join(" ", values);
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.trim().split(" +"));
    }
}
