package vn.antt.reporting.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.plans.Outlines;
import vn.antt.reporting.platform.plans.Plans;

/**
 * Base of the API tests of a service that keeps read models of the directory, the plans and the outlines (submission,
 * aggregation): the service started whole ({@link ServiceIntegrationTest}), the port it listens on, its store and those
 * read models, for the fixtures each service's base adds (what it publishes and waits for).
 */
@ServiceIntegrationTest
public abstract class ReadModelApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected UnitDirectory directory;

    @Autowired
    protected Plans plans;

    @Autowired
    protected Outlines outlines;
}
