package org.badgekit.criteria;

import java.util.List;
import org.badgekit.BadgeException;

/**
 * What checking a set of criteria files found: the criteria that read cleanly and every problem, in file order.
 *
 * @param criteria the files without problems, sorted by id
 * @param problems every problem of every file; empty when all is well
 */
public record CriteriaReport(List<BadgeCriteria> criteria, List<CriteriaProblem> problems) {
    public CriteriaReport {
        criteria = List.copyOf(criteria);
        problems = List.copyOf(problems);
    }

    /** True when no file has a problem. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /**
     * The library of the checked criteria.
     *
     * @throws BadgeException {@code INVALID_INPUT} naming the first problem and how many there are, when not {@link #clean()}
     */
    public CriteriaLibrary library() throws BadgeException {
        if (!clean()) {
            CriteriaProblem first = problems.get(0);
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more; run 'badge criteria check')";
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, first + more, first.file() + ":" + first.line(), null);
        }
        return new CriteriaLibrary(criteria);
    }
}
