package vn.antt.reporting.contracts;

/**
 * What a topic is, declared once by its publisher: its partitions and whether it is compacted. Replication and
 * {@code min.insync.replicas} depend on the cluster, not on the topic (one broker locally, three in production), so
 * they come from each service's configuration ({@code reporting.topics}); the Kubernetes manifests
 * ({@code deploy/kubernetes}) declare the same partitions and compaction for every topic, and a test checks it.
 *
 * @param name       the topic
 * @param partitions how many consumers of one group can share it: a consumer group never runs more useful consumers
 *                   than this (see {@link Topics} for the counts and why)
 * @param compacted  {@code cleanup.policy=compact}: the latest record of each key is kept for ever
 * @param maxMessageBytes the topic's {@code max.message.bytes} when its records may be larger than the broker's default
 *                   (1 MB); null: the broker's
 */
public record TopicSpec(String name, int partitions, boolean compacted, Integer maxMessageBytes) {

    /** A topic of records within the broker's default size. */
    public TopicSpec(String name, int partitions, boolean compacted) {
        this(name, partitions, compacted, null);
    }

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition, not " + partitions);
        }
        if (maxMessageBytes != null && maxMessageBytes < 1) {
            throw new IllegalArgumentException("topic " + name + " needs a positive max.message.bytes, not " + maxMessageBytes);
        }
    }
}
