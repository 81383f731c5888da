package vn.antt.reporting.submission.draft;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antt.reporting.platform.security.Caller;

/** Which units under a node are writing their report (they have a draft), for a supervisor's status board. */
@RestController
@Tag(name = "Bản nháp báo cáo")
class DraftPresenceController {

    private final DraftService drafts;

    DraftPresenceController(DraftService drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/api/drafts/{planId}")
    @Operation(summary = "The expected units under a node (itself included) that have a draft: unit, revision, last save; never the content")
    List<DraftPresence> under(Caller caller, @PathVariable String planId, @RequestParam String under) {
        return drafts.presentUnder(caller, planId, under);
    }
}
