package ai.dflux.systemtests.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * CPU time as Linux's {@code /proc} counts it, in clock ticks: a process's own ({@code utime + stime}), what its
 * ended and reaped children spent ({@code cutime + cstime}), and the whole machine's busy time.
 */
final class ProcStat {

    private static volatile double ticksPerSecond;

    private ProcStat() {
    }

    /** The unit of every count here: {@code getconf CLK_TCK}, 100 where it cannot be asked. */
    static double ticksPerSecond() throws IOException {
        if (ticksPerSecond == 0) {
            ticksPerSecond = askTicksPerSecond();
        }
        return ticksPerSecond;
    }

    private static double askTicksPerSecond() throws IOException {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Double.parseDouble(ticks) : 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /**
     * One reading of {@code /proc/<pid>/stat}: the parent, the process's own CPU ({@code utime + stime}) and what its
     * ended and reaped children spent ({@code cutime + cstime}).
     */
    record Stat(long pid, long parentPid, long ownTicks, long reapedChildrenTicks) {

        static Stat parse(String stat) {
            return of(statFields(stat));
        }

        private static Stat of(String[] fields) {
            return new Stat(field(fields, 1), field(fields, 4), field(fields, 14) + field(fields, 15),
                    field(fields, 16) + field(fields, 17));
        }
    }

    /** The process's counts, or empty once it has ended. */
    static Optional<Stat> stat(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? Optional.empty() : Optional.of(Stat.of(fields));
    }

    /** The process's {@code utime + stime}, or empty once it has ended. */
    static OptionalLong ownTicks(long pid) {
        return stat(pid).map(stat -> OptionalLong.of(stat.ownTicks())).orElse(OptionalLong.empty());
    }

    static long parentPid(long pid) {
        return stat(pid).orElseThrow(() -> new IllegalStateException("process " + pid + " has ended")).parentPid();
    }

    /**
     * The counts of the process's children, read from {@code /proc} in one pass, so that those that have ended and wait
     * to be reaped (zombies, which keep their CPU counts until then) are among them.
     */
    static List<Stat> children(long pid) {
        List<Stat> children = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                stat(Long.parseLong(process.getFileName().toString())).filter(child -> child.parentPid() == pid)
                        .ifPresent(children::add);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return children;
    }

    /** The process's resident memory ({@code VmRSS} of {@code /proc/<pid>/status}), 0 where none is given. */
    static long residentKib(long pid) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    /** The process's command line, its arguments joined by spaces (a PostgreSQL process shows its title there). */
    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The machine's busy time: the first line of {@code /proc/stat} without idle and iowait (guest time is already in
     * user time).
     */
    static long machineBusyTicks() {
        return machineBusyTicks(read(Path.of("/proc/stat")));
    }

    static long machineBusyTicks(String procStat) {
        String[] fields = procStat.substring(0, procStat.indexOf('\n')).trim().split("\\s+");
        if (!"cpu".equals(fields[0])) {
            throw new IllegalStateException("unexpected first line of /proc/stat: " + fields[0]);
        }
        long busy = 0;
        for (int i = 1; i <= 8 && i < fields.length; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    /**
     * The fields of {@code /proc/<pid>/stat}, numbered from 1 as proc(5) numbers them; the command name (field 2) may
     * hold spaces, so the fields after it are counted from its closing paren. Null once the process has ended.
     */
    static String[] statFields(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // a process that ends between the open and the read fails the read (ESRCH) instead of the open
            if (Files.notExists(Path.of("/proc", Long.toString(pid)))) {
                return null;
            }
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
        }
        return statFields(stat);
    }

    static String[] statFields(String stat) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        String[] fields = new String[rest.length + 3];
        fields[1] = stat.substring(0, stat.indexOf(' '));
        fields[2] = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        System.arraycopy(rest, 0, fields, 3, rest.length);
        return fields;
    }

    private static long field(String[] fields, int number) {
        return Long.parseLong(fields[number]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": the process has ended?", e);
        }
    }
}
