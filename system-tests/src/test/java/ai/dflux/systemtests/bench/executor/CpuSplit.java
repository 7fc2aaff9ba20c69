package ai.dflux.systemtests.bench.executor;

import ai.dflux.systemtests.DfluxStack;
import ai.dflux.testkit.PostgresServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the machine's CPU goes during one pgbench run, by group of processes, so that the TPS a replication costs the
 * source can be traced to the process that spends it: the source server's sessions (pgbench's, and its background
 * processes), its walsenders (decoding for whatever replicates), the target server (a subscriber's apply worker and
 * the sessions dflux applies through), the executor, dflux's four other services, dflux's control plane with its
 * Kafka broker, and the rest of the machine (pgbench itself, this JVM, the operating system): the machine's busy time
 * less the groups. A PostgreSQL server counts what its ended processes spent too (the postmaster's reaped children).
 */
public final class CpuSplit {

    public static final String SOURCE_SESSIONS = "source sessions";
    public static final String SOURCE_WALSENDERS = "source walsenders";
    public static final String TARGET_SERVER = "target server";
    public static final String EXECUTOR = "executor";
    public static final String OTHER_SERVICES = "other services";
    public static final String CONTROL_PLANE = "control plane and Kafka";
    public static final String REST = "rest of the machine";

    /** CPU seconds by group between two readings, the machine's busy seconds, and the wall time. */
    public record Split(Map<String, Double> seconds, double machineBusySeconds, double wallSeconds, int cores) {

        public double seconds(String group) {
            return seconds.getOrDefault(group, 0.0);
        }

        /** The machine's busy time that no group accounts for. */
        public double rest() {
            return machineBusySeconds - seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** CPU milliseconds of {@code groups} per thousand of the run's transactions. */
        public double millisPerThousand(long transactions, String... groups) {
            double total = 0;
            for (String group : groups) {
                total += seconds(group);
            }
            return perThousand(total, transactions);
        }

        /** The machine's busy milliseconds per thousand of the run's transactions. */
        public double machineMillisPerThousand(long transactions) {
            return perThousand(machineBusySeconds, transactions);
        }

        private static double perThousand(double seconds, long transactions) {
            return seconds * 1000 / (transactions / 1000.0);
        }

        @Override
        public String toString() {
            String groups = seconds.entrySet().stream()
                    .map(group -> String.format(Locale.ROOT, "%s %.1f s", group.getKey(), group.getValue()))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "CPU %s, %s %.1f s; machine busy %.1f s of %.1f s (%d cores × %.1f s)",
                    groups, REST, rest(), machineBusySeconds, cores * wallSeconds, cores, wallSeconds);
        }
    }

    /** The counts at one moment, in clock ticks. */
    public record Reading(long nanos, Map<String, Long> ticks, long machineBusyTicks) {
    }

    private final long sourcePostmaster;
    private final long targetPostmaster;
    private final Long executor;
    private final List<Long> otherServices;
    private final List<Long> kafkaBroker;
    private final long controlPlanePostmaster;
    private final double ticksPerSecond;

    private CpuSplit(long sourcePostmaster, long targetPostmaster, DfluxStack stack) throws SQLException, IOException {
        this.sourcePostmaster = sourcePostmaster;
        this.targetPostmaster = targetPostmaster;
        this.ticksPerSecond = ProcStat.ticksPerSecond();
        if (stack == null) {
            executor = null;
            otherServices = List.of();
            kafkaBroker = List.of();
            controlPlanePostmaster = 0;
            return;
        }
        executor = stack.service(DfluxStack.EXECUTOR).pid();
        otherServices = DfluxStack.SERVICES.stream().filter(name -> !DfluxStack.EXECUTOR.equals(name))
                .map(name -> stack.service(name).pid()).toList();
        controlPlanePostmaster = postmasterPid(stack.postgres());
        kafkaBroker = ProcessHandle.current().descendants().map(ProcessHandle::pid)
                .filter(pid -> ProcStat.commandLine(pid).contains("KafkaBrokerMain")).toList();
    }

    /** The groups of this machine's source and target servers and, when there is one, of dflux's stack. */
    public static CpuSplit of(PostgresServer source, PostgresServer target, DfluxStack stack)
            throws SQLException, IOException {
        return new CpuSplit(postmasterPid(source), postmasterPid(target), stack);
    }

    public Reading read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        long busy = ProcStat.machineBusyTicks();
        ServerTicks source = ServerTicks.of(sourcePostmaster);
        ticks.put(SOURCE_SESSIONS, source.total() - source.walsenders());
        ticks.put(SOURCE_WALSENDERS, source.walsenders());
        ticks.put(TARGET_SERVER, ServerTicks.of(targetPostmaster).total());
        if (executor != null) {
            ticks.put(EXECUTOR, own(List.of(executor)));
            ticks.put(OTHER_SERVICES, own(otherServices));
            ticks.put(CONTROL_PLANE, ServerTicks.of(controlPlanePostmaster).total() + own(kafkaBroker));
        }
        return new Reading(System.nanoTime(), ticks, busy);
    }

    /**
     * A PostgreSQL server's CPU: the postmaster's, its reaped children's and its live children's (ended ones waiting to
     * be reaped included), and of those its walsenders'. A child reaped while the children are read would be counted
     * twice or not at all, so the reading is taken again until the reaped count holds still across it.
     */
    private record ServerTicks(long total, long walsenders) {

        static ServerTicks of(long postmaster) {
            while (true) {
                Optional<ProcStat.Stat> before = ProcStat.stat(postmaster);
                if (before.isEmpty()) {
                    return new ServerTicks(0, 0);
                }
                long children = 0;
                long walsenders = 0;
                for (ProcStat.Stat child : ProcStat.children(postmaster)) {
                    children += child.ownTicks();
                    if (ProcStat.commandLine(child.pid()).contains("walsender")) {
                        walsenders += child.ownTicks();
                    }
                }
                ProcStat.Stat after = ProcStat.stat(postmaster).orElse(before.get());
                if (after.reapedChildrenTicks() == before.get().reapedChildrenTicks()) {
                    return new ServerTicks(after.ownTicks() + after.reapedChildrenTicks() + children, walsenders);
                }
            }
        }
    }

    public Split between(Reading start, Reading end) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        end.ticks().forEach((group, ticks) -> seconds.put(group, (ticks - start.ticks().get(group)) / ticksPerSecond));
        return new Split(seconds, (end.machineBusyTicks() - start.machineBusyTicks()) / ticksPerSecond,
                (end.nanos() - start.nanos()) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static long own(List<Long> pids) {
        return pids.stream().mapToLong(pid -> ProcStat.ownTicks(pid).orElse(0)).sum();
    }

    /** The server's postmaster: the parent of the session that asks. */
    private static long postmasterPid(PostgresServer server) throws SQLException {
        try (Connection connection = server.dataSource("postgres").getConnection();
                Statement statement = connection.createStatement();
                ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return ProcStat.parentPid(backend.getLong(1));
        }
    }
}
