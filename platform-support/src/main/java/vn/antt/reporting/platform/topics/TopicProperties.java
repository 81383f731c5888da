package vn.antt.reporting.platform.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the cluster gives every topic a service creates. One broker locally and in the tests (1 and 1); a production
 * cluster of three brokers uses 3 and 2, so a record acknowledged with {@code acks=all} survives the loss of a broker
 * and writes go on while one is down ({@code REPORTING_TOPICS_REPLICATION_FACTOR},
 * {@code REPORTING_TOPICS_MIN_INSYNC_REPLICAS}).
 *
 * @param replicationFactor copies of each partition
 * @param minInsyncReplicas copies that must have a record before an {@code acks=all} send is acknowledged
 */
@ConfigurationProperties("reporting.topics")
public record TopicProperties(int replicationFactor, int minInsyncReplicas) {

    public TopicProperties {
        replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
        minInsyncReplicas = minInsyncReplicas <= 0 ? 1 : minInsyncReplicas;
        if (minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("reporting.topics.min-insync-replicas (" + minInsyncReplicas
                    + ") cannot exceed reporting.topics.replication-factor (" + replicationFactor + ")");
        }
    }
}
