package ai.dflux.systemtests.bench.compatibility;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgloader (the Debian package) with its defaults: {@code pgloader mysql://... postgresql://...}, no command file
 * and no casting rules. By default it writes a source database's tables into a schema named after the database and
 * downcases identifiers. Its console output goes to {@code <logFolder>/pgloader-<database>.log}.
 */
public final class PgloaderMigration implements MigrationTool {

    private static final long TIMEOUT_MINUTES = 30;
    private static final Pattern VERSION = Pattern.compile("pgloader version \"([^\"]+)\"");
    private static final Pattern ERROR_LINE = Pattern.compile("\\b(ERROR|FATAL)\\b");

    private final Path executable;
    private final String version;
    private final Path logFolder;

    private PgloaderMigration(Path executable, String version, Path logFolder) {
        this.executable = executable;
        this.version = version;
        this.logFolder = logFolder;
    }

    /** The installed pgloader, or an error telling to run {@code bench/install-anchors.sh}. */
    public static PgloaderMigration installed(Path logFolder) throws IOException, InterruptedException {
        Path executable = onPath("pgloader");
        if (executable == null) {
            throw new IllegalStateException("pgloader, the anchor of this benchmark, is not installed:"
                    + " run bench/install-anchors.sh (as root) and start the benchmark again");
        }
        Files.createDirectories(logFolder);
        Path versionLog = logFolder.resolve("pgloader-version.log");
        run(List.of(executable.toString(), "--version"), versionLog, 1);
        Matcher version = VERSION.matcher(Files.readString(versionLog, StandardCharsets.UTF_8));
        return new PgloaderMigration(executable, version.find() ? version.group(1) : "unknown version", logFolder);
    }

    @Override
    public String name() {
        return "pgloader " + version;
    }

    @Override
    public String method() {
        return "pgloader with its defaults: `pgloader mysql://... postgresql://...`, no command file and no casting"
                + " rules; it creates the schema and copies the rows itself.";
    }

    @Override
    public MigratedDatabase migrate(MariaDbServer source, String sourceDatabase, PostgresServer target,
            String targetDatabase) throws IOException, InterruptedException {
        String from = "mysql://" + encoded(source.user()) + ":" + encoded(source.password()) + "@" + source.host()
                + ":" + source.port() + "/" + sourceDatabase;
        String to = "postgresql://" + encoded(target.superuser())
                + (target.password().isEmpty() ? "" : ":" + encoded(target.password())) + "@" + target.host() + ":"
                + target.port() + "/" + targetDatabase;
        Path log = logFolder.resolve("pgloader-" + sourceDatabase + ".log");
        Path workFolder = Files.createDirectories(logFolder.resolve("pgloader-root-" + sourceDatabase));
        int exit = run(List.of(executable.toString(), "--root-dir", workFolder.toString(), from, to), log,
                TIMEOUT_MINUTES);
        List<String> remarks = new ArrayList<>();
        remarks.add("exit code " + exit);
        List<String> errors = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> ERROR_LINE.matcher(line).find()).toList();
        remarks.add(errors.size() + " ERROR/FATAL lines in its log" + (errors.isEmpty() ? "" : ", first: "
                + errors.get(0).strip()));
        // default "downcase identifiers": unquoted, so folded to lower case
        return new MigratedDatabase(sourceDatabase.toLowerCase(Locale.ROOT), name -> name.toLowerCase(Locale.ROOT),
                remarks);
    }

    private static int run(List<String> command, Path log, long timeoutMinutes)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not end within " + timeoutMinutes
                    + " minutes; see " + log);
        }
        return process.exitValue();
    }

    private static Path onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String encoded(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
