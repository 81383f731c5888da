package vn.antt.reporting.platform.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.antt.reporting.platform.testing.InMemoryStore;
import vn.antt.reporting.platform.testing.SettableClock;

/**
 * The rules of a lease, for a named one and for claims on documents: free, mine (a named lease extended, a claimed
 * document not claimed twice), held by another, expired.
 */
class LeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final InMemoryStore store = new InMemoryStore();
    private final MongoTemplate mongo = store.template();
    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-09T08:00:00Z"));
    private final Leases mine = new Leases(mongo, clock, LEASE, "leaseUntil", "leaseHolder");
    private final Leases another = new Leases(mongo, clock, LEASE, "leaseUntil", "leaseHolder");

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aNamedLeaseIsTakenWhenFreeKeptByItsHolderRefusedToAnotherAndTakenOverOnceExpired() {
        Leases first = Leases.named(mongo, clock, LEASE);
        Leases second = Leases.named(mongo, clock, LEASE);

        assertThat(first.acquire("unitDirectory-out-0")).as("free").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(first.acquire("unitDirectory-out-0")).as("mine: extended").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(second.acquire("unitDirectory-out-0")).as("held by another until 08:00:50").isFalse();
        assertThat(second.acquire("another-job")).as("another name is another lease").isTrue();

        clock.advance(Duration.ofSeconds(11));
        assertThat(second.acquire("unitDirectory-out-0")).as("expired").isTrue();
        assertThat(first.acquire("unitDirectory-out-0")).as("now held by the other").isFalse();
        assertThat(mongo.count(new Query(), Leases.NAMED)).isEqualTo(2);
    }

    @Test
    void documentsAreClaimedWhenFreeOrMineOrExpiredAndNotWhileAnotherHoldsThem() {
        mongo.insert(List.of(new Document("_id", "a").append("due", true), new Document("_id", "b").append("due", true),
                new Document("_id", "c").append("due", false)), "work");
        Criteria due = Criteria.where("due").is(true);

        assertThat(ids(mine.claim("work", List.of("a", "b", "c"), due, Document.class))).as("free, and due")
                .containsExactlyInAnyOrder("a", "b");
        assertThat(another.claim("work", List.of("a", "b"), due, Document.class)).as("held by another").isEmpty();
        assertThat(another.claimOne("work", "a", due, Document.class)).as("held by another").isNull();
        assertThat(mine.claim("work", List.of("a"), due, Document.class)).as("mine: not claimed twice").isEmpty();
        assertThat(mine.claimOne("work", "b", due, Document.class)).as("mine: not claimed twice").isNull();

        mongo.updateFirst(Query.query(Criteria.where("_id").is("a")), mine.release(new Update().set("done", true)), "work");
        assertThat(mongo.findById("a", Document.class, "work")).doesNotContainKeys("leaseUntil", "leaseHolder");
        assertThat(another.claimOne("work", "a", due, Document.class)).as("released: free").isNotNull();

        clock.advance(Duration.ofSeconds(31)); // b was claimed at 08:00:00 until 08:00:30
        assertThat(ids(another.claim("work", List.of("b"), due, Document.class))).as("expired").containsExactly("b");
        assertThat(mine.claimOne("work", "b", due, Document.class)).as("now held by the other").isNull();
    }

    private static List<Object> ids(List<Document> documents) {
        return documents.stream().map(document -> document.get("_id")).toList();
    }
}
