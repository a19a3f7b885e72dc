package org.symbolon.sts.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Starts the schema migration (and with it the first database connection, which opens an
 * embedded H2 database) on a thread of its own as soon as CDI begins to boot the application, so
 * that it runs while Liberty discovers and validates the beans, instead of after them on the
 * application's single start thread. {@link SchemaMigration}, the first start-up bean, waits for
 * it; no other bean touches the database before. After the migration, the same thread reads the
 * stored revocations ({@link EarlyRevocationRead}).
 */
public class EarlySchemaMigration implements Extension {

    private static volatile CompletableFuture<MigrateResult> started;

    /** The migration started while CDI booted, or null when none was. */
    static Future<MigrateResult> started() {
        return started;
    }

    void beforeBeanDiscovery(@Observes BeforeBeanDiscovery event) {
        CompletableFuture<MigrateResult> migration = new CompletableFuture<>();
        started = migration;
        CompletableFuture<EarlyRevocationRead> revocations = EarlyRevocationRead.expect();
        Thread thread = new Thread(() -> {
            try {
                InitialContext naming = new InitialContext();
                DataSource dataSource;
                try {
                    dataSource = (DataSource) naming.lookup("jdbc/sts");
                } finally {
                    naming.close();
                }
                migration.complete(SchemaMigration.migrate(dataSource));
                EarlyRevocationRead.read(dataSource, revocations);
            } catch (Throwable failure) {
                migration.completeExceptionally(failure);
                revocations.complete(null);
            }
        }, "symbolon-schema-migration");
        thread.setDaemon(true);
        thread.start();
    }
}
