package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Asks the target, inside the apply's transaction, whether a table holds a key's row as the unit begins. */
final class TargetRowCheck {

    private final Connection target;

    TargetRowCheck(Connection target) {
        this.target = target;
    }

    boolean holds(TargetTable table, List<String> key) {
        try (PreparedStatement query = target.prepareStatement(table.selectByKey())) {
            for (int i = 0; i < key.size(); i++) {
                query.setObject(i + 1, key.get(i), Types.OTHER);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up a row of " + table.qualifiedName() + " on the target failed: "
                    + e.getMessage(), e);
        }
    }
}
