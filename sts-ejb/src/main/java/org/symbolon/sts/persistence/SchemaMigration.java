package org.symbolon.sts.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, before any other bean touches it.
 * The same versioned SQL runs on H2 and PostgreSQL; a schema from a newer build stops the start.
 * Liberty serves application jars through wsjar: URLs, which Flyway scans only from a folder that
 * holds a (empty) {@code flyway.location} marker file: db/migration, and db/callback where Flyway
 * always looks for callbacks.
 *
 * <p>{@link EarlySchemaMigration} usually starts the migration while CDI boots; this start-up bean
 * then waits for it. Should that early run have failed, or not have run, the migration runs here,
 * where a failure stops the start as before.
 */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/sts")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = null;
        Future<MigrateResult> early = EarlySchemaMigration.started();
        if (early != null) {
            try {
                result = early.get();
            } catch (ExecutionException failed) {
                LOG.log(Level.FINE, "The early schema migration failed; migrating now", failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the schema migration ran", interrupted);
            }
        }
        if (result == null) {
            result = migrate(dataSource);
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        int applied = result.migrationsExecuted;
        LOG.info(() -> "Database schema at version " + version + " (" + applied + " migrations applied now)");
    }

    static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("sts_schema_history")
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
