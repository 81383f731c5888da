package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.testsupport.ApiClient;

/** A clerk saves a partial draft, sees what a submit would meet, completes it and submits it as the next version. */
class DraftIntegrationTest extends SubmissionApiTest {

    private String plan() {
        return newPlan119("kh-nhap-");
    }

    @Test
    void aPartialDraftIsSavedCheckedCompletedAndSubmittedAsTheNextVersion() {
        String plan = plan();
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String path = "/api/drafts/" + plan + "/" + Units.TINH_SON;

        ApiClient.Response partial = clerk.put(path, Map.of("baseRevision", 0,
                "sections", List.of(Map.of("number", "I", "text", "Tình hình an ninh chính trị cơ bản ổn định.")),
                "figures", List.of(Map.of("indicator", "propaganda.sessions", "qualifier", "MORE_THAN", "amount", 100))));
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().path("revision").asLong()).isEqualTo(1);

        ApiClient.Response checked = clerk.get(path);
        List<String> fields = checked.json().path("blockingErrors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("document", "sections");
        assertThat(clerk.put(path, Map.of("baseRevision", 0, "sections", List.of())).json().path("rule").asString())
                .isEqualTo("draft-changed");

        SubmitReportRequest full = SubmitReportRequestMother.tinhSonReport().plan(plan).build();
        ApiClient.Response completed = clerk.put(path, Map.of("baseRevision", 1, "document", full.document(),
                "sections", full.sections(), "figures", full.figures()));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(clerk.get(path).json().path("blockingErrors").size()).isZero();

        ApiClient.Response submitted = clerk.post(path + "/submission", Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().path("version").asInt()).isEqualTo(1);
        assertThat(submitted.json().path("sections").size()).isEqualTo(full.sections().size());
        assertThat(clerk.get(path).status()).isEqualTo(404);
    }

    @Test
    void badDraftsAreRefusedNamingTheFieldAndOnlyTheUnitsClerkWorksOnThem() {
        String plan = plan();
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        String path = "/api/drafts/" + plan + "/" + Units.TINH_SON;

        ApiClient.Response negative = clerk.put(path, Map.of("baseRevision", 0,
                "figures", List.of(Map.of("indicator", "propaganda.sessions", "amount", -5))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("figures[0].amount");
        ApiClient.Response text = clerk.put(path, Map.of("baseRevision", 0,
                "figures", List.of(Map.of("indicator", "propaganda.sessions", "amount", "hơn một trăm"))));
        assertThat(text.status()).isEqualTo(400);
        assertThat(clerk.get(path).status()).isEqualTo(404);

        ApiClient otherClerk = as("vanthu.tinhha", Units.TINH_HA, "CLERK");
        assertThat(otherClerk.put(path, Map.of("baseRevision", 0)).status()).isEqualTo(403);
        assertThat(otherClerk.get(path).status()).isEqualTo(403);
        assertThat(clerk.put("/api/drafts/khong-co-ke-hoach/" + Units.TINH_SON, Map.of("baseRevision", 0)).status()).isEqualTo(422);
        assertThat(clerk.post(path + "/submission", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aSupervisorSeesWhichUnitsBelowAreWritingTheirReportButNotWhatTheyWrite() {
        String plan = plan();
        ApiClient clerk = as("vanthu.tinhson", Units.TINH_SON, "CLERK");
        assertThat(clerk.put("/api/drafts/" + plan + "/" + Units.TINH_SON, Map.of("baseRevision", 0,
                "sections", List.of(Map.of("number", "I", "text", "Nội dung đang viết.")))).status()).isEqualTo(200);

        ApiClient district = as("canbo.sontinh", Units.SON_TINH, "REVIEWER");
        ApiClient.Response present = district.get("/api/drafts/" + plan + "?under=" + Units.SON_TINH);
        assertThat(present.status()).as(present.body()).isEqualTo(200);
        assertThat(present.json().valueStream().map(d -> d.path("unitCode").asString()).toList()).containsExactly(Units.TINH_SON);
        assertThat(present.json().get(0).path("revision").asLong()).isEqualTo(1);
        assertThat(present.body()).doesNotContain("Nội dung đang viết");
        assertThat(as("canbo.congantinh", Units.QUANG_NGAI, "REVIEWER").get("/api/drafts/" + plan + "?under=" + Units.QUANG_NGAI)
                .json().size()).isEqualTo(1);

        // Another district's reviewer, and a clerk of a neighbouring commune, are refused.
        assertThat(as("canbo.binhson", Units.BINH_SON, "REVIEWER").get("/api/drafts/" + plan + "?under=" + Units.SON_TINH).status())
                .isEqualTo(403);
        assertThat(as("vanthu.tinhha", Units.TINH_HA, "CLERK").get("/api/drafts/" + plan + "?under=" + Units.SON_TINH).status())
                .isEqualTo(403);
        assertThat(district.get("/api/drafts/khong-co-ke-hoach?under=" + Units.SON_TINH).status()).isEqualTo(422);
    }
}
