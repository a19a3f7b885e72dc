package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.symbolon.sts.audit.AuditEvent;
import org.symbolon.sts.audit.AuditRepository;

@Stateless
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        AuditRecordEntity e = new AuditRecordEntity();
        e.id = event.id();
        e.occurredAt = event.occurredAt();
        e.actor = event.actor();
        e.action = event.action();
        e.target = event.target();
        e.outcome = event.outcome();
        e.beforeJson = event.beforeJson();
        e.afterJson = event.afterJson();
        em.persist(e);
    }

    @Override
    public List<AuditEvent> latest(int max) {
        return em.createQuery("SELECT a FROM AuditRecordEntity a ORDER BY a.occurredAt DESC", AuditRecordEntity.class)
                .setMaxResults(max).getResultList().stream().map(JpaAuditRepository::toEvent).toList();
    }

    @Override
    public List<AuditEvent> latestFor(String target, int max) {
        return em.createQuery("SELECT a FROM AuditRecordEntity a WHERE a.target = :target ORDER BY a.occurredAt DESC",
                        AuditRecordEntity.class)
                .setParameter("target", target).setMaxResults(max).getResultList().stream()
                .map(JpaAuditRepository::toEvent).toList();
    }

    private static AuditEvent toEvent(AuditRecordEntity e) {
        return new AuditEvent(e.id, e.occurredAt, e.actor, e.action, e.target, e.outcome, e.beforeJson, e.afterJson);
    }
}
