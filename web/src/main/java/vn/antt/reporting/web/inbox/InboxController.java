package vn.antt.reporting.web.inbox;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.antt.reporting.web.api.InboxMessageInfo;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.api.StreamRelay;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * My inbox: the notifications sent to me, newest first, each linked to the page it speaks of, marked read or unread
 * again; the unread badge of the header ({@code /inbox/badge}), kept live by the relayed inbox stream.
 */
@Controller
record InboxController(PlatformApi api, StreamRelay relay) {

    @GetMapping("/inbox")
    String inbox(CurrentUser me, @RequestParam(defaultValue = "false") boolean unread, Model model) {
        List<InboxMessageInfo> messages = api.list(unread ? "/api/inbox?unread=true" : "/api/inbox", InboxMessageInfo[].class);
        model.addAttribute("messages", messages);
        model.addAttribute("unread", unread);
        return "inbox/index";
    }

    @PostMapping("/inbox/{id}/read")
    String mark(CurrentUser me, @PathVariable String id, @RequestParam(defaultValue = "true") boolean read,
                RedirectAttributes redirect) {
        api.put("/api/inbox/{id}/read", Map.of("read", read), id);
        redirect.addFlashAttribute("notice", read ? "Đã đánh dấu là đã đọc." : "Đã đánh dấu là chưa đọc.");
        return "redirect:/inbox";
    }

    /** The header's badge: how many messages I have not read. */
    @GetMapping("/inbox/badge")
    String badge(CurrentUser me, Model model) {
        model.addAttribute("count", api.list("/api/inbox?unread=true", InboxMessageInfo[].class).size());
        return "inbox/badge :: badge";
    }

    @GetMapping(path = "/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser me, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(name = "lastEventId", required = false) String resumeFrom,
                      HttpServletRequest request, HttpServletResponse response) {
        return relay.relay(request, response, lastEventId == null || lastEventId.isBlank() ? resumeFrom : lastEventId,
                event -> SseEmitter.event().id(event.id()).name(event.name()).data(event.id() == null ? "" : event.id()),
                "/api/inbox/stream");
    }
}
