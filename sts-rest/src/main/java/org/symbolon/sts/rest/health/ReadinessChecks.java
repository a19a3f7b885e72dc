package org.symbolon.sts.rest.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.symbolon.sts.keys.KeyRing;

/** Ready when the database answers and an active signing key is loaded; live while the server answers at all. */
@ApplicationScoped
public class ReadinessChecks {

    @Resource(lookup = "jdbc/sts")
    DataSource dataSource;

    @Inject
    KeyRing keyRing;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (SQLException e) {
                return HealthCheckResponse.named("database").down().build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck signingKeys() {
        return () -> HealthCheckResponse.named("signing-keys").status(keyRing.hasActiveKey()).build();
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("server");
    }
}
