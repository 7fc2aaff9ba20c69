package ai.dflux.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options a service runs with in its Kubernetes manifest ({@code deploy/k8s/<service>.yaml}), for a process
 * started outside a container: the container's memory limit and {@code JAVA_TOOL_OPTIONS} become the heap the JVM
 * would size there ({@code -XX:MaxRAMPercentage} of the limit) and the collector it would pick (serial below 1,792
 * MiB, where the JVM does not count the machine as a server). Benchmarks run the services this way, so that their
 * figures are what a deployment costs; the manifests stay the one place these settings are written.
 */
final class DeployedJvmOptions {

    /** Below this much memory the JVM picks the serial collector (HotSpot's server-class machine threshold). */
    private static final long SERVER_CLASS_MEMORY_MIB = 2048 - 256;
    private static final Pattern MEMORY_LIMIT = Pattern.compile("limits:\\s*\\n\\s*memory:\\s*(\\d+)Mi\\b");
    private static final Pattern TOOL_OPTIONS = Pattern.compile(
            "name:\\s*JAVA_TOOL_OPTIONS\\s*\\n\\s*value:\\s*\"?([^\"\\n]*)\"?");
    private static final Pattern RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");

    private DeployedJvmOptions() {
    }

    /** The options of {@code service} read from its manifest under {@code deployDir} ({@code deploy/k8s}). */
    static List<String> of(Path deployDir, String service) {
        Path manifest = deployDir.resolve(service + ".yaml");
        String text;
        try {
            text = Files.readString(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + service + ": " + manifest, e);
        }
        return fromManifest(text, manifest.toString());
    }

    static List<String> fromManifest(String manifest, String name) {
        Matcher limit = MEMORY_LIMIT.matcher(manifest);
        if (!limit.find()) {
            throw new IllegalArgumentException(name + " sets no container memory limit in Mi (limits: memory: <n>Mi)");
        }
        long limitMib = Long.parseLong(limit.group(1));
        Matcher tool = TOOL_OPTIONS.matcher(manifest);
        String toolOptions = tool.find() ? tool.group(1).trim() : "";
        Matcher percentage = RAM_PERCENTAGE.matcher(toolOptions);
        // the JVM's own default: a quarter of the container's memory
        double heapShare = percentage.find() ? Double.parseDouble(percentage.group(1)) / 100 : 0.25;
        List<String> options = new ArrayList<>();
        options.add(String.format(Locale.ROOT, "-Xmx%dm", (long) Math.floor(limitMib * heapShare)));
        if (limitMib < SERVER_CLASS_MEMORY_MIB) {
            options.add("-XX:+UseSerialGC");
        }
        for (String option : toolOptions.split("\\s+")) {
            if (!option.isEmpty() && !RAM_PERCENTAGE.matcher(option).matches()) {
                options.add(option);
            }
        }
        return options;
    }
}
