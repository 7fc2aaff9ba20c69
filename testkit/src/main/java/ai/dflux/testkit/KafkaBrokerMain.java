package ai.dflux.testkit;

import java.util.Arrays;

/**
 * Main class of the child JVM that runs the broker: {@code KafkaBrokerMain <parent pid> server.properties}. It runs
 * {@code kafka.Kafka} and exits (cleanly, through Kafka's shutdown hook) when the parent JVM is gone, so that a killed
 * test JVM leaves no broker behind.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(1));
        kafka.Kafka.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
