package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.token.AssertionRecord;
import org.symbolon.sts.token.AssertionRecordRepository;

@Stateless
public class JpaAssertionRecordRepository implements AssertionRecordRepository {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    /** In a transaction of its own: the records of several requests, which none of them may roll back. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insertAll(List<AssertionRecord> records) {
        records.forEach(this::insert);
    }

    private void insert(AssertionRecord r) {
        IssuedAssertionEntity e = new IssuedAssertionEntity();
        e.id = r.id();
        e.clientId = r.clientId();
        e.subject = r.subject();
        e.audience = r.audience();
        e.issuedAt = r.issuedAt();
        e.expiresAt = r.expiresAt();
        e.chain = String.join(" ", r.chain());
        e.act = r.act() == null ? null : JSON.toJson(r.act());
        em.persist(e);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AssertionRecord> find(String id) {
        IssuedAssertionEntity e = em.find(IssuedAssertionEntity.class, id);
        if (e == null) {
            return Optional.empty();
        }
        List<String> chain = e.chain.isBlank() ? List.of() : Arrays.asList(e.chain.split(" "));
        Map<String, Object> act = e.act == null ? null : JSON.fromJson(e.act, Map.class);
        return Optional.of(new AssertionRecord(e.id, e.clientId, e.subject, e.audience, e.issuedAt, e.expiresAt,
                chain, act));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteExpired(LocalDateTime before, int limit) {
        return ExpiredRows.delete(em, "IssuedAssertionEntity", "id", "expiresAt", before, limit);
    }
}
