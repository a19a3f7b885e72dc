package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLoginRepository;

@Stateless
public class JpaPendingLoginRepository implements PendingLoginRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insert(String ticketHash, PendingLogin login, Instant expiresAt) {
        PendingLoginEntity e = new PendingLoginEntity();
        e.ticketHash = ticketHash;
        e.resumePath = login.resumePath();
        JsonObjectBuilder json = Json.createObjectBuilder();
        login.parameters().forEach(json::add);
        e.parameters = json.build().toString();
        e.forceAuthn = login.forceAuthn();
        e.loginHint = login.loginHint();
        e.relyingPartyName = login.relyingPartyName();
        e.createdAt = UtcClock.of(login.createdAt());
        e.expiresAt = UtcClock.of(expiresAt);
        em.persist(e);
    }

    @Override
    public Optional<PendingLogin> find(String ticketHash, Instant now) {
        PendingLoginEntity e = em.find(PendingLoginEntity.class, ticketHash);
        if (e == null || !UtcClock.toInstant(e.expiresAt).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new PendingLogin(ticketHash, e.resumePath, parameters(e.parameters), e.forceAuthn,
                e.loginHint, e.relyingPartyName, UtcClock.toInstant(e.createdAt)));
    }

    @Override
    public boolean remove(String ticketHash) {
        return em.createQuery("DELETE FROM PendingLoginEntity p WHERE p.ticketHash = :h")
                .setParameter("h", ticketHash).executeUpdate() == 1;
    }

    @Override
    public int deleteExpired(Instant now) {
        return em.createQuery("DELETE FROM PendingLoginEntity p WHERE p.expiresAt <= :now")
                .setParameter("now", UtcClock.of(now)).executeUpdate();
    }

    private static Map<String, String> parameters(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                values.put(entry.getKey(), ((JsonString) entry.getValue()).getString());
            }
            return Map.copyOf(values);
        }
    }
}
