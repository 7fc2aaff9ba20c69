package ai.dflux.discovery.domain.preflight;

import static ai.dflux.discovery.domain.preflight.PreflightChecks.blocker;
import static ai.dflux.discovery.domain.preflight.PreflightChecks.info;
import static ai.dflux.discovery.domain.preflight.PreflightChecks.text;
import static ai.dflux.discovery.domain.preflight.PreflightChecks.warning;

import ai.dflux.contracts.findings.Finding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * MySQL 8 / MariaDB source: the row binlog with full row images, a retention long enough for the copy, a server id,
 * GTIDs where available, and the grants a binlog reader needs.
 */
public class MariaDbCdcPreflight implements CdcPreflight {

    /** One day: a binlog kept for less may be gone before a large copy ends and streaming starts. */
    private static final long SAFE_RETENTION_SECONDS = 86_400;

    private final boolean mariaDb;

    /** @param dialect {@code mariadb} or {@code mysql}: the grant names and GTID settings differ */
    public MariaDbCdcPreflight(String dialect) {
        this.mariaDb = "mariadb".equals(dialect);
    }

    @Override
    public List<Finding> check(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return PreflightChecks.run(connection, List.of(
                    new PreflightChecks.Named("log_bin", MariaDbCdcPreflight::binlogEnabled),
                    new PreflightChecks.Named("binlog_format", MariaDbCdcPreflight::binlogFormat),
                    new PreflightChecks.Named("binlog_row_image", MariaDbCdcPreflight::rowImage),
                    new PreflightChecks.Named("binlog retention", MariaDbCdcPreflight::retention),
                    new PreflightChecks.Named("server_id", MariaDbCdcPreflight::serverId),
                    new PreflightChecks.Named("gtid_mode", this::gtid),
                    new PreflightChecks.Named("grants", this::grants)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect for the change-capture checks: " + e.getMessage(), e);
        }
    }

    private static void binlogEnabled(Connection c, List<Finding> found) throws SQLException {
        if (!"1".equals(text(c, "select @@log_bin"))) {
            found.add(blocker("MYSQL_BINLOG_DISABLED", "log_bin", "the binary log is off, so no change can be read",
                    "start the server with log_bin (and binlog_format=ROW, binlog_row_image=FULL) in its config"));
        }
    }

    private static void binlogFormat(Connection c, List<Finding> found) throws SQLException {
        String format = text(c, "select @@global.binlog_format");
        if (!"ROW".equalsIgnoreCase(format)) {
            found.add(blocker("MYSQL_BINLOG_FORMAT", "binlog_format", "binlog_format is " + format + "; change"
                    + " capture reads rows, which only ROW logs", "SET GLOBAL binlog_format = 'ROW'; and"
                    + " binlog_format=ROW in the server config, so it survives a restart"));
        }
    }

    private static void rowImage(Connection c, List<Finding> found) throws SQLException {
        String image = text(c, "select @@global.binlog_row_image");
        if (!"FULL".equalsIgnoreCase(image)) {
            found.add(blocker("MYSQL_BINLOG_ROW_IMAGE", "binlog_row_image", "binlog_row_image is " + image
                    + "; updates would not carry every column", "SET GLOBAL binlog_row_image = 'FULL'; and in the"
                    + " server config"));
        }
    }

    private static void retention(Connection c, List<Finding> found) throws SQLException {
        long seconds = retentionSeconds(c);
        if (seconds == 0) {
            found.add(info("MYSQL_BINLOG_RETENTION", "binlog_expire_logs_seconds", "binary logs are never purged"
                    + " automatically", "watch the disk; dflux needs the logs only from the start of the copy"));
        } else if (seconds < SAFE_RETENTION_SECONDS) {
            found.add(warning("MYSQL_BINLOG_RETENTION", "binlog_expire_logs_seconds", "binary logs are purged after "
                    + seconds + " s, which may be before the copy ends and streaming starts",
                    "SET GLOBAL binlog_expire_logs_seconds = 604800; (7 days) for the time of the migration"));
        }
    }

    private static long retentionSeconds(Connection c) throws SQLException {
        try {
            return Long.parseLong(text(c, "select @@global.binlog_expire_logs_seconds"));
        } catch (SQLException unknownOnOlderServers) {
            return (long) (Double.parseDouble(text(c, "select @@global.expire_logs_days")) * 86_400);
        }
    }

    private static void serverId(Connection c, List<Finding> found) throws SQLException {
        if ("0".equals(text(c, "select @@global.server_id"))) {
            found.add(blocker("MYSQL_SERVER_ID", "server_id", "server_id is 0, so the server refuses binlog readers",
                    "SET GLOBAL server_id = <a unique non-zero number>; and in the server config"));
        }
    }

    private void gtid(Connection c, List<Finding> found) throws SQLException {
        if (mariaDb) {
            return; // MariaDB always writes GTIDs; the copy records gtid_binlog_pos
        }
        String mode = text(c, "select @@global.gtid_mode");
        if (!"ON".equalsIgnoreCase(mode)) {
            found.add(warning("MYSQL_GTID_MODE", "gtid_mode", "gtid_mode is " + mode + "; streaming resumes from a"
                    + " binlog file and position, which a failover to a replica does not keep",
                    "SET GLOBAL gtid_mode and enforce_gtid_consistency to ON (in steps) to survive failovers"));
        }
    }

    private void grants(Connection c, List<Finding> found) throws SQLException {
        String user = text(c, "select current_user()");
        StringBuilder all = new StringBuilder();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery("show grants")) {
            while (rs.next()) {
                all.append(rs.getString(1).toUpperCase(Locale.ROOT)).append('\n');
            }
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> needed : needed().entrySet()) {
            boolean granted = all.toString().contains("ALL PRIVILEGES ON *.*")
                    || needed.getValue().stream().anyMatch(name -> all.toString().matches("(?s).*GRANT [^\\n]*\\b"
                            + name + "\\b(?! ADMIN)[^\\n]* ON \\*\\.\\*.*"));
            if (!granted) {
                missing.add(needed.getKey());
            }
        }
        if (!missing.isEmpty()) {
            found.add(blocker("MYSQL_CDC_GRANTS", user, "the user lacks " + String.join(", ", missing)
                    + ", which reading the binlog needs", "GRANT " + String.join(", ", missing) + " ON *.* TO "
                    + account(user) + ";"));
        }
    }

    /** {@code user@host} as an account name a GRANT statement accepts: {@code 'user'@'host'}. */
    static String account(String currentUser) {
        int at = currentUser.lastIndexOf('@');
        String user = at < 0 ? currentUser : currentUser.substring(0, at);
        String host = at < 0 ? "%" : currentUser.substring(at + 1);
        return "'" + user.replace("'", "''") + "'@'" + host.replace("'", "''") + "'";
    }

    /** The privileges a binlog reader needs, each with the names under which a server may list it. */
    private Map<String, List<String>> needed() {
        Map<String, List<String>> needed = new LinkedHashMap<>();
        needed.put("SELECT", List.of("SELECT"));
        needed.put("RELOAD", List.of("RELOAD"));
        needed.put("SHOW DATABASES", List.of("SHOW DATABASES"));
        needed.put("REPLICATION SLAVE", List.of("REPLICATION SLAVE", "REPLICATION REPLICA"));
        if (mariaDb) {
            needed.put("BINLOG MONITOR", List.of("BINLOG MONITOR", "REPLICATION CLIENT"));
            needed.put("REPLICA MONITOR", List.of("REPLICA MONITOR", "SLAVE MONITOR"));
        } else {
            needed.put("REPLICATION CLIENT", List.of("REPLICATION CLIENT"));
        }
        return needed;
    }
}
