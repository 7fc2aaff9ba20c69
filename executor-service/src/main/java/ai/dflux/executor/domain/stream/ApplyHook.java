package ai.dflux.executor.domain.stream;

/**
 * Called inside the target transaction of each apply, after its statements ran and before it commits. Lets a test
 * crash an apply at its most delicate moment; production streams use {@link #NONE}.
 */
@FunctionalInterface
public interface ApplyHook {

    ApplyHook NONE = rowChanges -> {
    };

    void beforeCommit(int rowChanges) throws Exception;
}
