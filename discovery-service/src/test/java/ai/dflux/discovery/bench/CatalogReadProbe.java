package ai.dflux.discovery.bench;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.discovery.domain.CatalogReader;
import ai.dflux.discovery.domain.MariaDbCatalogReader;
import ai.dflux.discovery.domain.PostgresCatalogReader;
import ai.dflux.discovery.domain.findings.Findings;
import ai.dflux.discovery.domain.preflight.CdcPreflight;
import ai.dflux.discovery.domain.preflight.MariaDbCdcPreflight;
import ai.dflux.discovery.domain.preflight.PostgresCdcPreflight;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The measured part of {@link DiscoveryCatalogBenchmarkIT}, run in a child JVM with a capped heap so that its heap
 * can be told apart from the test's: reads the full catalog, computes its findings and runs the CDC preflight, as
 * often as asked, and prints one {@code BENCH run ...} line per read and one {@code BENCH heap ...} line at the end.
 *
 * <p>Arguments: {@code postgres|mariadb jdbcUrl user password database runs}.
 *
 * <p>Heap figures, all heap pools summed, from GC notifications: {@code peakUsedMb} is the largest heap in use the
 * JVM saw (just before a collection, or at the end of a read) — live objects plus garbage not yet collected, which
 * grows with whatever heap the JVM is allowed; {@code peakAfterGcMb} is the largest heap still in use right after a
 * collection during the reads (the high-water mark of what survived, i.e. what the reads kept reachable, plus old
 * garbage a young collection leaves); {@code liveMb} is the heap still used after a full collection at the end
 * while the last catalog and its findings are held.
 */
public final class CatalogReadProbe {

    private static final double MIB = 1024.0 * 1024.0;

    private CatalogReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        String dialect = args[0];
        String url = args[1];
        String user = args[2];
        String password = args[3];
        String database = args[4];
        int runs = Integer.parseInt(args[5]);
        AtomicLong peak = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        watchGarbageCollections(peak, peakAfterGc);

        DataSource source;
        CatalogReader reader;
        CdcPreflight preflight;
        if (dialect.equals("postgres")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            if (!password.isEmpty()) {
                pg.setPassword(password);
            }
            source = pg;
            reader = new PostgresCatalogReader();
            preflight = new PostgresCdcPreflight();
        } else {
            MariaDbDataSource maria = new MariaDbDataSource(url);
            maria.setUser(user);
            maria.setPassword(password);
            source = maria;
            reader = new MariaDbCatalogReader("mariadb");
            preflight = new MariaDbCdcPreflight("mariadb");
        }

        Catalog catalog = null;
        List<Finding> findings = null;
        List<Finding> preflightFindings = null;
        for (int run = 1; run <= runs; run++) {
            catalog = null;
            findings = null;
            preflightFindings = null;
            long start = System.nanoTime();
            catalog = reader.read(source, database);
            findings = Findings.of(catalog);
            preflightFindings = preflight.check(source);
            double seconds = (System.nanoTime() - start) / 1e9;
            peak.accumulateAndGet(heapUsed(), Math::max);
            System.out.printf(Locale.ROOT, "BENCH run=%d seconds=%.3f tables=%d views=%d routines=%d findings=%d"
                            + " preflight=%d partial=%s%n", run, seconds, catalog.tables().size(),
                    catalog.views().size(), catalog.routines().size(), findings.size(), preflightFindings.size(),
                    catalog.partial());
        }
        System.gc();
        long live = heapUsed();
        System.out.printf(Locale.ROOT, "BENCH heap peakUsedMb=%.1f peakAfterGcMb=%.1f liveMb=%.1f maxMb=%.1f"
                        + " held=%d%n", peak.get() / MIB, Math.max(peakAfterGc.get(), live) / MIB, live / MIB, Runtime.getRuntime().maxMemory() / MIB,
                catalog.tables().size() + findings.size() + preflightFindings.size());
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapUsed(Map<String, MemoryUsage> pools, List<String> heapPools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> entry : pools.entrySet()) {
            if (heapPools.contains(entry.getKey())) {
                used += entry.getValue().getUsed();
            }
        }
        return used;
    }

    /** Records the heap in use just before and just after every collection, all heap pools summed. */
    private static void watchGarbageCollections(AtomicLong peak, AtomicLong peakAfterGc) {
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName).toList();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools),
                        Math::max);
            }, null, null);
        }
    }
}
