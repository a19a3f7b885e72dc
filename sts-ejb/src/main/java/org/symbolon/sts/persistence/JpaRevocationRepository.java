package org.symbolon.sts.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.symbolon.sts.config.ThisNode;
import org.symbolon.sts.token.RevocationRepository;
import org.symbolon.sts.token.RevokedToken;

@Stateless
public class JpaRevocationRepository implements RevocationRepository {

    /** Columns, not entities: nothing to register in the persistence context. */
    private static final String COLUMNS = "SELECT r.jti, r.clientId, r.expiresAt, r.revokedAt FROM RevokedTokenEntity r";

    private static final String STORED = "SELECT jti, expires_at, revoked_at FROM sts_revoked_token";
    /** Rows per round trip: PostgreSQL's driver otherwise reads the whole result into memory first. */
    private static final int FETCH_SIZE = 2_000;

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    /** Enlisted in the caller's transaction like the entity manager's own connection. */
    @Resource(lookup = "jdbc/sts")
    DataSource dataSource;

    @Inject
    ThisNode node;

    @Override
    public void insertIfAbsent(RevokedToken revoked) {
        if (em.find(RevokedTokenEntity.class, revoked.jti()) != null) {
            return;
        }
        RevokedTokenEntity e = new RevokedTokenEntity();
        e.jti = revoked.jti();
        e.clientId = revoked.clientId();
        e.expiresAt = revoked.expiresAt();
        e.revokedAt = revoked.revokedAt();
        e.origin = node.id();
        em.persist(e);
        em.flush();
    }

    /**
     * Replays the rows {@link EarlyRevocationRead} read while the application started, the first
     * time; queries otherwise. Plain JDBC: after a wave of revocations (about 180,000 live ones
     * after bench/run's revoke scenario) the query through JPA made a row array, a record and two
     * dates per row and took about a quarter of the application's start thread.
     */
    @Override
    public LocalDateTime forEachLive(LocalDateTime now, LiveRevocationSink sink) {
        long nowMillis = epochMillis(now);
        EarlyRevocationRead early = EarlyRevocationRead.take();
        if (early != null) {
            return early.replay(nowMillis, sink);
        }
        try (Connection connection = dataSource.getConnection()) {
            readStored(connection, (jti, expiry, revokedAt) -> {
                if (expiry > nowMillis) {
                    sink.accept(jti, expiry, revokedAt);
                }
            });
            return now;
        } catch (SQLException e) {
            throw new PersistenceException("live revocations not read", e);
        }
    }

    /**
     * Every stored revocation, expired ones too until they are purged: with no condition the
     * database reads the table straight through, where one on the expiry made H2 walk that index
     * and fetch each row from the table by it, which took half as long again (1.1 against 0.75 s
     * for 188,000 rows).
     */
    static void readStored(Connection connection, LiveRevocationSink sink) throws SQLException {
        try (PreparedStatement stored = connection.prepareStatement(STORED)) {
            stored.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = stored.executeQuery()) {
                while (rows.next()) {
                    sink.accept(rows.getString(1), epochMillis(rows.getObject(2, LocalDateTime.class)),
                            epochMillis(rows.getObject(3, LocalDateTime.class)));
                }
            }
        }
    }

    private static long epochMillis(LocalDateTime utc) {
        return utc.toEpochSecond(ZoneOffset.UTC) * 1000 + utc.getNano() / 1_000_000;
    }

    @Override
    public List<RevokedToken> revokedElsewhereSince(LocalDateTime since) {
        // no condition on the expiry: with one, a planner may walk the expiry index over every live
        // revocation instead of the recording time's index over the last few seconds
        return rows(em.createQuery(COLUMNS + " WHERE r.revokedAt >= :since"
                        + " AND (r.origin IS NULL OR r.origin <> :node)", Object[].class)
                .setParameter("since", since)
                .setParameter("node", node.id()));
    }

    private static List<RevokedToken> rows(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new RevokedToken((String) row[0], (String) row[1], (LocalDateTime) row[2],
                        (LocalDateTime) row[3]))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteExpired(LocalDateTime before, int limit) {
        return ExpiredRows.delete(em, "RevokedTokenEntity", "jti", "expiresAt", before, limit);
    }
}
