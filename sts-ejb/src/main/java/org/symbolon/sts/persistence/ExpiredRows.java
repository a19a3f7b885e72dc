package org.symbolon.sts.persistence;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/** Deletes a bounded batch of an entity's rows whose time (an expiry, an occurrence) lies before a time. */
final class ExpiredRows {

    private ExpiredRows() {
    }

    /**
     * At most {@code limit} rows of {@code entity} (keyed by the string field {@code idField}) whose
     * {@code timeField} lies before {@code before}, in the caller's transaction; returns how many went.
     * JPQL has no limit on DELETE, so the ids are selected first.
     */
    static int delete(EntityManager em, String entity, String idField, String timeField, LocalDateTime before,
            int limit) {
        String select = "SELECT e." + idField + " FROM " + entity + " e WHERE e." + timeField + " < :before";
        List<String> expired = em.createQuery(select, String.class)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
        return expired.isEmpty() ? 0 : em.createQuery("DELETE FROM " + entity + " e WHERE e." + idField + " IN :ids")
                .setParameter("ids", expired)
                .executeUpdate();
    }
}
