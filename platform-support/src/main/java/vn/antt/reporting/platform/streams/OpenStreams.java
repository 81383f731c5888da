package vn.antt.reporting.platform.streams;

import org.springframework.context.SmartLifecycle;

/**
 * A component that holds Server-Sent Event streams open. They are ended when the application stops, before the web
 * server's graceful shutdown (a later phase), which would otherwise wait its whole timeout for them; clients reconnect
 * with Last-Event-ID, to another instance, and miss nothing.
 */
public abstract class OpenStreams implements SmartLifecycle {

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        endAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Completes every open stream and forgets it. */
    protected abstract void endAll();
}
