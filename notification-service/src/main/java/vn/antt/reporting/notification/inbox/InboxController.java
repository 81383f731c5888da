package vn.antt.reporting.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.antt.reporting.notification.NotificationProperties;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.streams.OpenStreams;
import vn.antt.reporting.platform.streams.StreamSubscribers;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Hộp thư", description = "A user's in-app notifications")
class InboxController extends OpenStreams<String> {

    private final MongoTemplate mongo;
    private final Clock clock;

    InboxController(MongoTemplate mongo, Clock clock, NotificationProperties properties) {
        super(properties.heartbeatInterval());
        this.mongo = mongo;
        this.clock = clock;
    }

    record ReadState(@NotNull Boolean read) {
    }

    @GetMapping
    @Operation(summary = "The caller's messages, newest first (only the unread with unread=true)")
    List<InboxMessage> list(Caller caller, @RequestParam(defaultValue = "false") boolean unread) {
        Criteria mine = Criteria.where("userId").is(caller.userId());
        if (unread) {
            mine = mine.and("readAt").is(null);
        }
        return mongo.find(Query.query(mine).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(200), InboxMessage.class);
    }

    @PutMapping("/{id}/read")
    @Operation(summary = "Mark a message read ({\"read\": true}) or unread again ({\"read\": false})")
    InboxMessage markRead(Caller caller, @PathVariable String id, @Valid @RequestBody ReadState state) {
        Update update = state.read() ? new Update().set("readAt", clock.instant()) : new Update().unset("readAt");
        InboxMessage message = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("userId").is(caller.userId())), update,
                FindAndModifyOptions.options().returnNew(true), InboxMessage.class);
        if (message == null) {
            throw new InboxMessageNotFoundException(id);
        }
        return message;
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "New messages as Server-Sent Events (event `message`, id = message id); with Last-Event-ID, "
            + "the messages that arrived since that one are sent first")
    SseEmitter stream(Caller caller, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        if (lastEventId != null) {
            InboxMessage last = mongo.findOne(Query.query(Criteria.where("_id").is(lastEventId).and("userId").is(caller.userId())),
                    InboxMessage.class);
            if (last != null) {
                mongo.find(Query.query(Criteria.where("userId").is(caller.userId()).and("createdAt").gt(last.createdAt()))
                        .with(Sort.by("createdAt")), InboxMessage.class).forEach(m -> StreamSubscribers.send(emitter, event(m)));
            }
        }
        return subscribers().subscribe(caller.userId(), emitter);
    }

    @EventListener
    void onStored(InboxMessageStored stored) {
        subscribers().send(stored.message().userId(), () -> event(stored.message()));
    }

    private static SseEmitter.SseEventBuilder event(InboxMessage message) {
        return SseEmitter.event().id(message.id()).name("message").data(message, MediaType.APPLICATION_JSON);
    }
}
