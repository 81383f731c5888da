package vn.antt.reporting.planning.plan;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's outlines and plans ({@code reporting.demo-plans.*}), loaded with the {@code demo} profile after the demo
 * units. Each file is what the API takes: an outline as planning-service publishes it ({@code OutlinePublished}), a plan
 * as its issuer writes it ({@link PlanRequest}). The test mothers read the same files.
 *
 * @param outlines resources of the outlines, stored when absent
 * @param issued   resources of the plans created and issued when absent (in order: a plan compared with another after it)
 * @param drafts   resources of the plans created and left as drafts
 */
@ConfigurationProperties("reporting.demo-plans")
public record DemoPlansProperties(
        @DefaultValue({"classpath:demo/outline-357.json", "classpath:demo/outline-510.json"}) List<String> outlines,
        @DefaultValue("classpath:demo/plan-119.json") List<String> issued,
        @DefaultValue("classpath:demo/plan-510.json") List<String> drafts) {
}
