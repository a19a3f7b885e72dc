package org.symbolon.sts.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.symbolon.sts.audit.AuditEvent;
import org.symbolon.sts.audit.AuditRepository;

@Stateless
public class JpaAuditRepository implements AuditRepository {

    private static final String INSERT = "INSERT INTO sts_audit"
            + " (id, occurred_at, actor, action, target, outcome, before_json, after_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    /** Enlisted in the caller's transaction like the entity manager's own connection. */
    @Resource(lookup = "jdbc/sts")
    DataSource dataSource;

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

    /**
     * One JDBC batch (a round trip for the whole batch, not one per event), and no entity objects:
     * the audit flusher keeps up with thousands of events a second, so they leave the heap before
     * they age into its old generation.
     */
    @Override
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEvent event : events) {
                insert.setString(1, event.id());
                insert.setObject(2, event.occurredAt());
                insert.setString(3, event.actor());
                insert.setString(4, event.action());
                insert.setString(5, event.target());
                insert.setString(6, event.outcome());
                insert.setString(7, event.beforeJson());
                insert.setString(8, event.afterJson());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("audit events not written", e);
        }
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

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteOccurredBefore(LocalDateTime before, int limit) {
        return ExpiredRows.delete(em, "AuditRecordEntity", "id", "occurredAt", before, limit);
    }

    private static AuditEvent toEvent(AuditRecordEntity e) {
        return new AuditEvent(e.id, e.occurredAt, e.actor, e.action, e.target, e.outcome, e.beforeJson, e.afterJson);
    }
}
