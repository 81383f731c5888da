package vn.antt.reporting.platform.plans;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.planning.PlanPublished;

/** A service's copy of a plan, as planning-service last published it. */
@Document(PlanRecord.COLLECTION)
public record PlanRecord(@Id String id, long revision, PlanPublished plan) {

    public static final String COLLECTION = "plans";
}
