package ai.dflux.compatibility.domain.proof;

import ai.dflux.compatibility.domain.ddl.ConvertedObject;
import ai.dflux.compatibility.domain.ddl.ObjectStatus;
import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Proves a conversion on a real PostgreSQL: every statement of every object runs, in dependency order, inside one
 * transaction that is rolled back at the end, so nothing is left on the server. Each object runs under its own
 * savepoint, so one rejected object does not hide the others; an object that depends on a rejected one is not run
 * and is left to a person too. No object keeps {@code AUTO} if PostgreSQL rejected it.
 *
 * <p>The conversion to prove is the scratch placement of the real one ({@link ScratchPlacement}): the same objects in the same order, only in schemas of a name no one uses, so
 * the proof neither collides with nor sees what the target already holds.
 */
public final class SchemaProof {

    private final TargetServer server;

    public SchemaProof(TargetServer server) {
        this.server = server;
    }

    /**
     * Proves {@code scratch} and carries each object's outcome over to the object at the same place in {@code real}.
     *
     * @throws TargetProblem when the target cannot be reached or is not a PostgreSQL dflux can load
     */
    public ProofOutcome prove(SchemaConversion real, SchemaConversion scratch, ScratchPlacement placement,
            DataSource target) {
        if (real.objects().size() != scratch.objects().size()) {
            throw new IllegalArgumentException("the scratch placement has " + scratch.objects().size()
                    + " objects, the conversion " + real.objects().size());
        }
        try (Connection connection = target.getConnection()) {
            String description = server.check(connection);
            List<ConvertedObject> proven = runAll(connection, scratch.objects());
            List<ConvertedObject> result = new ArrayList<>(real.objects().size());
            for (int i = 0; i < proven.size(); i++) {
                ConvertedObject outcome = proven.get(i);
                result.add(real.objects().get(i).withStatus(outcome.status(),
                        outcome.messages().stream().map(placement::restore).toList()));
            }
            return new ProofOutcome(real.withObjects(result), description);
        } catch (SQLException e) {
            throw TargetProblem.of(e);
        }
    }

    /**
     * Proves a DDL delta: the previous revision ({@code baseline}, placed in scratch schemas) is created first, then
     * each delta object runs on top of it, under its own savepoint, and everything is rolled back. The outcomes are
     * carried to {@code realDelta}, object for object.
     */
    public List<ConvertedObject> proveDelta(SchemaConversion baseline, List<ConvertedObject> realDelta,
            List<ConvertedObject> scratchDelta, ScratchPlacement placement, DataSource target) {
        if (realDelta.size() != scratchDelta.size()) {
            throw new IllegalArgumentException("the scratch delta has " + scratchDelta.size() + " objects, the delta "
                    + realDelta.size());
        }
        try (Connection connection = target.getConnection()) {
            server.check(connection);
            List<ConvertedObject> sequence = new ArrayList<>(baseline.objects().stream()
                    .filter(o -> o.status() != ObjectStatus.MANUAL).toList());
            int firstOfDelta = sequence.size();
            sequence.addAll(scratchDelta);
            List<ConvertedObject> proven = runAll(connection, sequence).subList(firstOfDelta, sequence.size());
            List<ConvertedObject> result = new ArrayList<>(realDelta.size());
            for (int i = 0; i < proven.size(); i++) {
                result.add(realDelta.get(i).withStatus(proven.get(i).status(),
                        proven.get(i).messages().stream().map(placement::restore).toList()));
            }
            return result;
        } catch (SQLException e) {
            throw TargetProblem.of(e);
        }
    }

    private static List<ConvertedObject> runAll(Connection connection, List<ConvertedObject> objects)
            throws SQLException {
        connection.setAutoCommit(false);
        Map<String, String> rejected = new HashMap<>();
        List<ConvertedObject> proven = new ArrayList<>(objects.size());
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local lock_timeout = '10s'");
            for (ConvertedObject object : objects) {
                ConvertedObject outcome = runOne(connection, statement, object, rejected);
                if (outcome.status() == ObjectStatus.MANUAL) {
                    rejected.put(object.target(), firstMessage(outcome));
                }
                proven.add(outcome);
            }
        } finally {
            connection.rollback();
        }
        return proven;
    }

    private static ConvertedObject runOne(Connection connection, Statement statement, ConvertedObject object,
            Map<String, String> rejected) throws SQLException {
        if (object.status() == ObjectStatus.MANUAL) {
            return object;
        }
        for (String dependency : object.dependsOn()) {
            if (rejected.containsKey(dependency)) {
                return manual(object, "not run: it depends on " + dependency + ", which is left to a person ("
                        + rejected.get(dependency) + ")");
            }
        }
        Savepoint savepoint = connection.setSavepoint();
        String current = null;
        try {
            for (String sql : object.statements()) {
                current = sql;
                statement.execute(sql);
            }
            connection.releaseSavepoint(savepoint);
            return object;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            return manual(object, "PostgreSQL rejected it: " + e.getMessage().strip() + " (SQLSTATE "
                    + e.getSQLState() + ") in: " + current);
        }
    }

    private static ConvertedObject manual(ConvertedObject object, String reason) {
        List<String> messages = new ArrayList<>();
        messages.add(reason);
        messages.addAll(object.messages());
        return object.withStatus(ObjectStatus.MANUAL, messages);
    }

    private static String firstMessage(ConvertedObject object) {
        return object.messages().isEmpty() ? "no reason given" : object.messages().get(0);
    }
}
