package vn.antt.reporting.web.api;

import java.util.List;

import vn.antt.reporting.contracts.submission.FigureValue;

/** The differences between two versions, per section and per indicator (ADDED, REMOVED, CHANGED). */
public record VersionChanges(int fromVersion, int toVersion, List<SectionChange> sections, List<FigureChange> figures) {

    public record SectionChange(String number, String change, String before, String after) {
    }

    public record FigureChange(String indicator, String change, FigureValue before, FigureValue after) {
    }
}
