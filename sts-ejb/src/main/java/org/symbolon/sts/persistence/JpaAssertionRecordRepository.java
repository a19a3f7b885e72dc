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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.symbolon.sts.oidc.ClaimsSnapshot;
import org.symbolon.sts.token.AssertionRecord;
import org.symbolon.sts.token.AssertionRecordRepository;

@Stateless
public class JpaAssertionRecordRepository implements AssertionRecordRepository {

    private static final String INSERT = "INSERT INTO sts_issued_assertion"
            + " (id, client_id, subject, audience, issued_at, expires_at, chain, act) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, client_id, subject, audience, issued_at, expires_at, chain, act"
            + " FROM sts_issued_assertion WHERE id = ?";

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    /** Enlisted in the caller's transaction like the entity manager's own connection. */
    @Resource(lookup = "jdbc/sts")
    DataSource dataSource;

    /**
     * In a transaction of its own: the records of several requests, which none of them may roll
     * back. One JDBC batch, a round trip for the whole batch, where persisting entities sent an
     * INSERT and waited for its answer per record: on PostgreSQL the requests of a token exchange to
     * SAML wait for this commit, so each round trip was paid by every request in the batch.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insertAll(List<AssertionRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AssertionRecord r : records) {
                insert.setString(1, r.id());
                insert.setString(2, r.clientId());
                insert.setString(3, r.subject());
                insert.setString(4, r.audience());
                insert.setObject(5, r.issuedAt());
                insert.setObject(6, r.expiresAt());
                insert.setString(7, String.join(" ", r.chain()));
                insert.setString(8, r.act() == null ? null : ClaimsSnapshot.toJson(r.act()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("assertion records not written", e);
        }
    }

    @Override
    public Optional<AssertionRecord> find(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String chain = row.getString("chain");
                String act = row.getString("act");
                return Optional.of(new AssertionRecord(row.getString("id"), row.getString("client_id"),
                        row.getString("subject"), row.getString("audience"),
                        row.getObject("issued_at", LocalDateTime.class), row.getObject("expires_at", LocalDateTime.class),
                        chain.isBlank() ? List.of() : Arrays.asList(chain.split(" ")),
                        act == null ? null : ClaimsSnapshot.fromJson(act)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("assertion record not read", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteExpired(LocalDateTime before, int limit) {
        return ExpiredRows.delete(em, "IssuedAssertionEntity", "id", "expiresAt", before, limit);
    }
}
