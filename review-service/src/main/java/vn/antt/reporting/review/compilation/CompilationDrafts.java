package vn.antt.reporting.review.compilation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.review.access.ReviewAccess;

/**
 * Saves a level's compilation as its own draft in one call: the figures summed, each outline section's text
 * pre-filled with the sub-units' texts in order. What the level's draft already had is kept where the compilation
 * has nothing to say: its official document, and its text of the sections no sub-unit wrote. The draft is written
 * with the caller's own token, so submission-service applies its own rules to the clerk (and a concurrent save is
 * refused there as {@code draft-changed}).
 */
@Service
class CompilationDrafts {

    private final CompilationService compilations;
    private final SubmissionDrafts drafts;
    private final ReviewAccess access;

    CompilationDrafts(CompilationService compilations, SubmissionDrafts drafts, ReviewAccess access) {
        this.access = access;
        this.compilations = compilations;
        this.drafts = drafts;
    }

    JsonNode saveAsDraft(Caller caller, String planId, String unitCode) {
        access.requireClerkOf(caller, unitCode);
        CompiledReport compiled = compilations.compile(caller, planId, unitCode);
        String token = bearerToken();
        JsonNode current = drafts.current(planId, unitCode, token);

        Map<String, String> texts = new LinkedHashMap<>();
        if (current != null) {
            current.path("sections").valueStream().forEach(s -> texts.put(s.path("number").asString(), s.path("text").asString("")));
        }
        for (CompiledReport.Section section : compiled.sections()) {
            if (!section.contributions().isEmpty()) {
                texts.put(section.number(), CompiledSections.draftText(section));
            }
        }
        List<SubmissionDrafts.SectionBody> sections = new ArrayList<>();
        texts.forEach((number, text) -> sections.add(new SubmissionDrafts.SectionBody(number, text)));
        SubmissionDrafts.DraftBody body = new SubmissionDrafts.DraftBody(current == null ? 0 : current.path("revision").asLong(0),
                current == null || current.get("document") == null || current.get("document").isNull() ? null : current.get("document"),
                sections, compiled.figures());
        return drafts.save(planId, unitCode, token, body);
    }

    /** The caller's token as it came: relayed to submission-service. */
    private static String bearerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return jwt.getTokenValue();
        }
        throw new AccessRefusedException("No bearer token to relay to submission-service");
    }
}
