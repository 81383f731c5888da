package vn.antt.reporting.planning.unit;

import java.util.List;
import java.util.Set;

/**
 * What an import will write, worked out before any write.
 *
 * @param created       units that are new
 * @param changed       units whose published content changes (renamed, re-parented, closed, reopened),
 *                      with the revision they had when read, so that a concurrent change is noticed
 * @param closed        how many of {@code changed} are closures
 * @param ancestryOnly  units whose stored ancestry follows a re-parented ancestor; nothing is published
 * @param unchanged     records of the file that change nothing
 * @param provinces     the provinces whose units the import touches (for access decisions)
 * @param national      the file is taken as the complete national list
 */
public record ImportPlan(List<Unit> created, List<Change> changed, int closed, List<Unit> ancestryOnly, int unchanged,
                         Set<String> provinces, boolean national) {

    public int writes() {
        return created.size() + changed.size() + ancestryOnly.size();
    }

    public record Change(long previousRevision, Unit unit) {
    }
}
