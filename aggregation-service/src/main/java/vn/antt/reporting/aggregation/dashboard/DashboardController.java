package vn.antt.reporting.aggregation.dashboard;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antt.reporting.aggregation.rollup.NodeRollup;
import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/dashboards")
@Tag(name = "Bảng theo dõi", description = "Server-Sent Events streams of live roll-ups for dashboards")
class DashboardController {

    private final DashboardStreams streams;

    DashboardController(DashboardStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/{planId}/nodes/{node}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a node's roll-up",
            description = "Each event (name `rollup`) carries the node's whole roll-up, as the snapshot "
                    + "`GET /api/rollups/{planId}/nodes/{node}` returns it; a change is pushed within a second. The event id is a "
                    + "digest of the content: reconnect with the `Last-Event-ID` header (browsers do) and the current roll-up "
                    + "is sent at once if it changed meanwhile, nothing if not. A comment line `:heartbeat` comes every 15 s.",
            responses = @ApiResponse(responseCode = "200", description = "text/event-stream of `rollup` events",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = NodeRollup.class))))
    SseEmitter stream(Caller caller, @PathVariable String planId, @PathVariable String node,
                      @Parameter(description = "only the units of this kind, e.g. ENTERPRISE") @RequestParam(required = false) String kind,
                      @Parameter(description = "id of the last event received, sent by EventSource on reconnection")
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return streams.subscribe(caller, planId, node, kind, lastEventId);
    }
}
