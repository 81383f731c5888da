package vn.antt.reporting.web.api;

import java.util.List;

/** A broken rule of severity WARNING (stored with a submission), with the indicators it concerns. */
public record WarningInfo(String code, String message, List<String> indicators) {

    public WarningInfo {
        indicators = indicators == null ? List.of() : indicators;
    }
}
