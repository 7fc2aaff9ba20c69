package ai.dflux.executor.domain;

import ai.dflux.executor.config.ExecutorConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;

/** Executor settings for unit tests of one class: every duration the one given, every number 0, the rest unset. */
final class ExecutorSettings {

    private ExecutorSettings() {
    }

    static ExecutorConfig withDurations(Duration duration) {
        return (ExecutorConfig) Proxy.newProxyInstance(ExecutorConfig.class.getClassLoader(),
                new Class<?>[] {ExecutorConfig.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == Duration.class) {
                        return duration;
                    }
                    if (type == long.class) {
                        return 0L;
                    }
                    return type == int.class ? 0 : null;
                });
    }
}
