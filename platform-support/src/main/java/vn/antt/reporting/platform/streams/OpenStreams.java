package vn.antt.reporting.platform.streams;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A component that holds Server-Sent Event streams open, in its {@link StreamSubscribers} by key, with a heartbeat
 * every {@code heartbeatInterval}. They are ended when the application stops, before the web server's graceful
 * shutdown (a later phase), which would otherwise wait its whole timeout for them; clients reconnect with
 * Last-Event-ID, to another instance, and miss nothing. A subclass that schedules tasks of its own calls
 * {@code super.configureTasks}.
 */
public abstract class OpenStreams<K> implements SmartLifecycle, SchedulingConfigurer {

    private final StreamSubscribers<K> subscribers = new StreamSubscribers<>();
    private final Duration heartbeatInterval;
    private volatile boolean running;

    protected OpenStreams(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    protected StreamSubscribers<K> subscribers() {
        return subscribers;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(subscribers::heartbeat, heartbeatInterval);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscribers.completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
