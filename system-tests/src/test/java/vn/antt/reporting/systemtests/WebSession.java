package vn.antt.reporting.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.testsupport.ApiClient;
import vn.antt.reporting.testsupport.OidcLogin;

/** What the browser tests share: a fresh plan to work on, signing in and out at the issuer. */
final class WebSession {

    private WebSession() {
    }

    /** A fresh plan like 119/KH-UBND (same outline and chains), due in 30 days, issued by the province's administrator. */
    static String issueCopyOfPlan119(RunningPlatform platform, String planId) {
        ApiClient admin = new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), "quantri.tinh", "demo"));
        JsonNode demo = await().ignoreExceptions().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/plans/kh-119-2025-qng"),
                r -> r.status() == 200).json();
        Map<String, Object> request = new LinkedHashMap<>();
        // Issued on plan 119's own date (28/5/2025): before the two-level local government, so its chains keep the district.
        for (String field : new String[] {"number", "issuingBody", "signer", "signerTitle", "issuedOn", "title", "legalBasis", "periodFrom",
                "periodTo", "recipientUnitCode", "recipientName", "contact", "milestones", "lockAtDeadline", "outlineId",
                "outlineVersion", "participants", "reviewChains", "reviewTime", "returnToSubmitter"}) {
            request.put(field, demo.get(field));
        }
        request.put("planId", planId);
        request.put("deadline", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(30).withHour(0).withMinute(0).withSecond(0)
                .withNano(0).toString());
        ApiClient.Response created = admin.post("/api/plans", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response issued = admin.post("/api/plans/" + planId + "/issue", Map.of("reason", "Kiểm thử giao diện"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        // The plan reaches submission-service and review-service through Kafka.
        ApiClient clerk = new ApiClient(platform.url("gateway")).as(OidcLogin.accessToken(platform.issuer(), "vanthu.tinhson", "demo"));
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> clerk.get("/api/drafts/" + planId + "/sheet/template").status() != 503
                        && clerk.put("/api/drafts/" + planId + "/21217", Map.of("baseRevision", 0)).status() == 200);
        assertThat(clerk.delete("/api/drafts/" + planId + "/21217").status()).isEqualTo(204);
        return planId;
    }

    static void signIn(Browser browser, String base, String user) {
        browser.open(base + "/");
        browser.type("#username", user);
        browser.type("#password", "demo");
        browser.click("button[type=submit]");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().startsWith(base)
                && !browser.all("form[action$='/logout']").isEmpty());
    }

    static void signOut(Browser browser) {
        browser.click("form[action$='/logout'] button");
        browser.find("#username"); // both sessions ended: back at the issuer's sign-in page
    }
}
