package news.timeline.timeline.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Asks the database whether it serves at all, outside any transaction. */
@ApplicationScoped
public class StoreProbe {

    private static final int VALIDATION_TIMEOUT_S = 2;

    private final DataSource dataSource;

    public StoreProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_S);
        } catch (SQLException e) {
            return false;
        }
    }
}
