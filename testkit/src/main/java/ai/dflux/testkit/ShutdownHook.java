package ai.dflux.testkit;

/** Registers cleanup to run at JVM exit and withdraws it once the cleanup was done by hand. */
final class ShutdownHook {

    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    static ShutdownHook register(String name, Runnable cleanup) {
        Thread thread = new Thread(cleanup, name);
        Runtime.getRuntime().addShutdownHook(thread);
        return new ShutdownHook(thread);
    }

    /** Withdraws the hook; does nothing when the JVM is already shutting down (the hook is then running). */
    void withdraw() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, or is the caller
        }
    }
}
