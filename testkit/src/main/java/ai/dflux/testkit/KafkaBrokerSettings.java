package ai.dflux.testkit;

import java.nio.file.Path;

/** {@code server.properties} of a single-node KRaft test broker: broker and controller in one process. */
final class KafkaBrokerSettings {

    private KafkaBrokerSettings() {
    }

    static String serverProperties(int port, int controllerPort, Path dataDir) {
        return String.join(System.lineSeparator(),
                "# dflux testkit: one node that is broker and controller; replication factors of 1",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "# after a kill the restarted broker may register only once the old session expired (default 9 s)",
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                "");
    }
}
