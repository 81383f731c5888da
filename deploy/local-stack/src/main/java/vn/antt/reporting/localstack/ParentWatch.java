package vn.antt.reporting.localstack;

/**
 * Lets a child process (broker, document store) end cleanly when the launcher that started it is gone,
 * even if the launcher was killed hard and could not run its shutdown hook. The launcher passes its pid
 * as {@code -Dstack.parentPid}; without that property nothing is watched.
 */
final class ParentWatch {

    static final String PARENT_PID_PROPERTY = "stack.parentPid";

    private ParentWatch() {
    }

    static void exitWhenParentExits() {
        String pid = System.getProperty(PARENT_PID_PROPERTY);
        if (pid == null || pid.isBlank()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.out.println("Launcher (pid " + pid + ") has exited: shutting down.");
                    System.exit(0); // runs the shutdown hooks: clean stop, data committed
                }),
                () -> {
                    System.out.println("Launcher (pid " + pid + ") is not running: shutting down.");
                    System.exit(0);
                });
    }
}
