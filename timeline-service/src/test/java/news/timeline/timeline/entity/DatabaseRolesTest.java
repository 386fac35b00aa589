package news.timeline.timeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's own connections (the least-privileged role of db/roles.sql) change rows but never the schema, which
 * Flyway made as the owner. Every other test of this module runs on these connections, so they prove the role suffices.
 */
@QuarkusTest
class DatabaseRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.username")
    String serviceRole;

    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerRole;

    @Test
    void theServiceRoleCannotCreateOrDropTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "select current_user")).isEqualTo(serviceRole);
            assertThatThrownBy(() -> s.execute("create table x(i int)")).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
            assertThatThrownBy(() -> s.execute("drop table article")).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
            assertThatThrownBy(() -> s.execute("alter table article add column x int")).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
    }

    @Test
    void theOwnerRoleOwnsWhatTheMigrationsMade() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "select count(*) from pg_tables where schemaname = 'public'")).isNotEqualTo("0");
            assertThat(single(s, "select string_agg(distinct tableowner, ',') from pg_tables"
                    + " where schemaname = 'public'")).isEqualTo(ownerRole);
            assertThat(ownerRole).isNotEqualTo(serviceRole);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
