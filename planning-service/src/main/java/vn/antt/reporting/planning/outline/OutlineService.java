package vn.antt.reporting.planning.outline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.platform.outbox.OutboxEvents;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;

/** Writes outline versions (each with its event, in one document) and reads them. */
@Service
public class OutlineService {

    public static final String BINDING = "outlines-out-0";

    private final MongoTemplate mongo;
    private final OutboxEvents events;
    private final Clock clock;

    public OutlineService(MongoTemplate mongo, OutboxEvents events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Version 1 of a new outline. */
    public Outline create(String outlineId, OutlineRequest request, Caller caller) {
        if (latest(outlineId).isPresent()) {
            throw new OutlineExistsException(outlineId, 1);
        }
        return store(outlineId, 1, request, caller);
    }

    /** The next version of an existing outline; earlier versions stay as they were (plans issued on them keep them). */
    public Outline newVersion(String outlineId, OutlineRequest request, Caller caller) {
        Outline latest = latest(outlineId).orElseThrow(() -> new OutlineNotFoundException(outlineId, null));
        return store(outlineId, latest.version() + 1, request, caller);
    }

    /** Stores a version written elsewhere (the demo outlines), unless it exists; validated like any other. */
    public Outline storeIfAbsent(OutlinePublished outline, Caller caller) {
        return find(outline.outlineId(), outline.version()).orElseGet(() ->
                insert(outline.outlineId(), outline.version(), outline.title(), outline.sections(), outline.indicators(),
                        outline.rules(), caller));
    }

    public Optional<Outline> latest(String outlineId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("outlineId").is(outlineId))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), Outline.class));
    }

    public Optional<Outline> find(String outlineId, int version) {
        return Optional.ofNullable(mongo.findById(Outline.id(outlineId, version), Outline.class));
    }

    public Outline get(String outlineId, int version) {
        return find(outlineId, version).orElseThrow(() -> new OutlineNotFoundException(outlineId, version));
    }

    public List<Outline> versions(String outlineId) {
        List<Outline> versions = mongo.find(Query.query(Criteria.where("outlineId").is(outlineId))
                .with(Sort.by("version")), Outline.class);
        if (versions.isEmpty()) {
            throw new OutlineNotFoundException(outlineId, null);
        }
        return versions;
    }

    private Outline store(String outlineId, int version, OutlineRequest request, Caller caller) {
        return insert(outlineId, version, Nfc.of(request.title()),
                request.sections().stream().map(OutlineRequest.Section::toContract).map(OutlineService::nfc).toList(),
                request.indicators().stream().map(OutlineRequest.IndicatorInput::toContract).map(OutlineService::nfc).toList(),
                request.rules().stream().map(OutlineRequest.Rule::toContract).map(OutlineService::nfc).toList(), caller);
    }

    private Outline insert(String outlineId, int version, String title, List<OutlineSection> sections,
                           List<Indicator> indicators, List<ValidationRule> rules, Caller caller) {
        List<FieldError> errors = OutlineValidator.check(sections, indicators, rules);
        if (!errors.isEmpty()) {
            throw new InvalidOutlineException(errors);
        }
        OutlinePublished event = new OutlinePublished(outlineId, version, title, sections, indicators, rules);
        Outline outline = new Outline(Outline.id(outlineId, version), outlineId, version, title, sections, indicators, rules,
                clock.instant(), caller.userId(), caller.unitCode(), List.of(events.pending(BINDING, event)));
        try {
            return mongo.insert(outline);
        } catch (DuplicateKeyException e) {
            throw new OutlineExistsException(outlineId, version);
        }
    }

    // Officials paste text from Word in decomposed form; stored and compared text is NFC.
    private static OutlineSection nfc(OutlineSection s) {
        return new OutlineSection(Nfc.of(s.number()), Nfc.of(s.parentNumber()), Nfc.of(s.title()), Nfc.of(s.guidance()), s.required());
    }

    private static Indicator nfc(Indicator i) {
        return new Indicator(i.code(), Nfc.of(i.sectionNumber()), Nfc.of(i.label()), i.type(), Nfc.of(i.unitOfMeasure()),
                Nfc.of(i.secondUnitOfMeasure()), i.categories().stream().map(Nfc::of).toList(), i.required());
    }

    private static ValidationRule nfc(ValidationRule r) {
        return new ValidationRule(r.code(), r.kind(), r.indicators(), r.severity(), Nfc.of(r.message()));
    }
}
