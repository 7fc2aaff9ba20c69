package ai.dflux.executor.domain.stream;

import ai.dflux.testkit.PostgresServer;
import javax.sql.DataSource;

/** A fresh source database and a fresh target database on one test server, each given its tables. */
record DatabasePair(DataSource source, DataSource target) {

    static DatabasePair create(PostgresServer server, String sourceName, String sourceDdl, String targetName,
            String targetDdl) {
        server.createDatabase(sourceName);
        server.createDatabase(targetName);
        DataSource source = server.dataSource(sourceName);
        DataSource target = server.dataSource(targetName);
        Sql.run(source, sourceDdl);
        Sql.run(target, targetDdl);
        return new DatabasePair(source, target);
    }
}
