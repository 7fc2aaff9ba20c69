package ai.dflux.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The classpath of the broker's child JVM: the jars the build listed in {@code kafka-broker.classpath} (Kafka and its
 * dependencies from the local Maven repository) plus, when it can be found, testkit itself for {@link KafkaBrokerMain}.
 */
final class KafkaBrokerClasspath {

    private static final String RESOURCE = "kafka-broker.classpath";

    private KafkaBrokerClasspath() {
    }

    /** The jars Kafka needs, joined with the path separator. */
    static String kafkaJars() {
        try (InputStream in = KafkaBrokerClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource ai/dflux/testkit/" + RESOURCE
                        + " is missing: build testkit with Maven (maven-dependency-plugin writes it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The folder or jar testkit's classes come from, if it is a plain file. */
    static Optional<Path> testkitLocation() {
        CodeSource source = KafkaBrokerMain.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
