package ai.dflux.systemtests.bench.compatibility;

import ai.dflux.systemtests.DfluxStack;
import ai.dflux.systemtests.MigrationRequests;
import ai.dflux.systemtests.TargetSchema;
import ai.dflux.systemtests.TenantClient;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * dflux through its API on a running {@link DfluxStack}: registers a migration of the MariaDB database, waits for
 * {@code SchemaConverted}, applies the pre-data DDL to the target database, copies every table's rows following the
 * table plans ({@link PlannedRowCopy}), then applies the post-data and code DDL. The copy is the benchmark's own:
 * dflux's Executor, which will copy data, is a later issue.
 */
public final class DfluxMigration implements MigrationTool {

    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(5);

    private final TenantClient tenant;

    public DfluxMigration(DfluxStack stack) {
        this.tenant = new TenantClient(stack, "compatibility-benchmark");
    }

    @Override
    public String name() {
        return "dflux";
    }

    @Override
    public String method() {
        return "dflux's Compatibility Agent through the five services' API: a migration registered for each database,"
                + " then, once `SchemaConverted` is on its timeline, the pre-data DDL it serves applied, the rows"
                + " copied, then the post-data and code DDL applied. The rows are copied by the benchmark itself over"
                + " JDBC, following dflux's table plans (`GET /api/v1/migrations/{id}/conversion/tables`) and value"
                + " rules: dflux's Executor, which will copy data, is a later issue.";
    }

    @Override
    public MigratedDatabase migrate(MariaDbServer source, String sourceDatabase, PostgresServer target,
            String targetDatabase) throws Exception {
        String id = tenant.createMigration(MigrationRequests.manualStart(MigrationRequests.fromMariaDb(
                "benchmark-" + sourceDatabase, source, sourceDatabase, target, targetDatabase)));
        tenant.awaitEvents(id, "SchemaConverted", 1, CONVERSION_TIMEOUT);
        List<String> remarks = new ArrayList<>(conversionRemarks(id));
        List<PlannedTable> plans = PlannedTable.listOf(tenant.to(DfluxStack.COMPATIBILITY)
                .get(TenantClient.MIGRATIONS + "/" + id + "/conversion/tables").then().statusCode(200).extract()
                .asString());

        DataSource targetDataSource = target.dataSource(targetDatabase);
        remarks.add(applied(targetDataSource, id, "pre-data"));
        remarks.addAll(copyRows(source, sourceDatabase, target, targetDatabase, plans));
        remarks.add(applied(targetDataSource, id, "post-data"));
        remarks.add(applied(targetDataSource, id, "code"));
        return new MigratedDatabase(targetSchema(sourceDatabase, plans), new PlannedNames(plans), remarks);
    }

    private List<String> conversionRemarks(String id) {
        JsonPath conversion = tenant.conversion(id);
        List<Map<String, Object>> manual = conversion.getList("conversion.objects.findAll { it.status == 'MANUAL' }");
        List<String> remarks = new ArrayList<>(List.of("conversion status " + conversion.getString("status")
                + ", objects by status " + conversion.getMap("conversion.byStatus")));
        if (manual.isEmpty()) {
            remarks.add("no MANUAL objects");
        }
        for (Map<String, Object> object : manual) {
            remarks.add("MANUAL, left out of the DDL: " + object.get("kind") + " " + object.get("source") + " ("
                    + String.valueOf(object.get("messages")).replaceAll("\\s*\n\\s*", " ") + ")");
        }
        return remarks;
    }

    /** Applies one DDL part; a part PostgreSQL rejects is reported, not hidden, and the migration goes on. */
    private String applied(DataSource target, String id, String part) {
        try {
            String script = tenant.ddl(id, part);
            TargetSchema.apply(target, script);
            return part + " DDL " + (script.isBlank() ? "empty" : "applied");
        } catch (SQLException e) {
            String problem = part + " DDL rejected: " + e.getMessage().replace('\n', ' ');
            System.out.println("[bench] dflux " + problem);
            return problem;
        }
    }

    private List<String> copyRows(MariaDbServer source, String sourceDatabase, PostgresServer target,
            String targetDatabase, List<PlannedTable> plans) throws SQLException {
        int rows = 0;
        int rejected = 0;
        List<String> rejections = new ArrayList<>();
        try (Connection from = sourceConnection(source, sourceDatabase);
                Connection to = targetConnection(target, targetDatabase)) {
            for (PlannedTable plan : plans) {
                PlannedRowCopy.Outcome outcome = new PlannedRowCopy(plan).copy(from, to);
                rows += outcome.rows();
                rejected += outcome.rejected();
                if (outcome.rejected() > 0) {
                    String rejection = plan.qualifiedTarget() + ": " + outcome.rejected() + " of " + outcome.rows()
                            + " rows rejected, first " + outcome.firstRejection();
                    System.out.println("[bench] dflux " + rejection);
                    rejections.add(rejection);
                }
            }
        }
        List<String> remarks = new ArrayList<>();
        remarks.add(String.format(Locale.ROOT, "%d rows of %d tables copied by the benchmark (not by dflux's"
                + " Executor), %d rejected", rows - rejected, plans.size(), rejected));
        remarks.addAll(rejections);
        return remarks;
    }

    /** A MariaDB database whose floating point values are read in binary, as stored, and timestamps in UTC. */
    private static Connection sourceConnection(MariaDbServer source, String database) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(source.jdbcUrl(database) + "?useServerPrepStmts=true");
        dataSource.setUser(source.user());
        dataSource.setPassword(source.password());
        Connection connection = dataSource.getConnection();
        try (Statement session = connection.createStatement()) {
            session.execute("SET time_zone = '+00:00'");
        }
        return connection;
    }

    /** A PostgreSQL database in UTC that sends strings untyped, so that each column reads them as its own type. */
    private static Connection targetConnection(PostgresServer target, String database) throws SQLException {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) target.dataSource(database);
        dataSource.setStringType("unspecified");
        dataSource.setReWriteBatchedInserts(true);
        Connection connection = dataSource.getConnection();
        try (Statement session = connection.createStatement()) {
            session.execute("set TimeZone = 'UTC'");
        }
        return connection;
    }

    /** The one schema dflux's plans put the database's tables in. */
    private static String targetSchema(String sourceDatabase, List<PlannedTable> plans) {
        List<String> schemas = plans.stream().map(p -> PlannedNames.unquoted(p.targetSchema())).distinct().toList();
        if (schemas.size() > 1) {
            throw new IllegalStateException("dflux's plans put " + sourceDatabase + " into several schemas " + schemas
                    + "; the value comparison follows one");
        }
        return schemas.isEmpty() ? sourceDatabase : schemas.get(0);
    }
}
