package vn.antt.reporting.web.api;

import java.util.List;

/** A draft with what submitting it now would meet: blocking errors and warnings. */
public record DraftView(DraftInfo draft, List<FieldMessage> blockingErrors, List<WarningInfo> warnings) {

    public DraftView {
        blockingErrors = blockingErrors == null ? List.of() : blockingErrors;
        warnings = warnings == null ? List.of() : warnings;
    }
}
