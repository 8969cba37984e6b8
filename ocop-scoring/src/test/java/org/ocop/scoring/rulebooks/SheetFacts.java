package org.ocop.scoring.rulebooks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ocop.core.StarRating;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Criterion;
import org.ocop.core.rules.CriterionOption;

/** Counting helpers for the tests: every criterion and option of a sheet, walked explicitly. */
final class SheetFacts {

    private SheetFacts() {}

    /** @return every criterion of the sheet, sub-criteria included, in printed order */
    static List<Criterion> criteria(CriteriaSheet sheet) {
        List<Criterion> out = new ArrayList<>();
        sheet.getParts().forEach(p -> p.getGroups().forEach(g -> g.getCriteria().forEach(c -> walk(c, out))));
        return out;
    }

    private static void walk(Criterion c, List<Criterion> out) {
        out.add(c);
        c.getSubCriteria().forEach(s -> walk(s, out));
    }

    /** @return every printed option, inside sub-criteria and alternative cases too */
    static Stream<CriterionOption> options(CriteriaSheet sheet) {
        return criteria(sheet).stream().flatMap(c -> Stream.concat(c.getOptions().stream(),
                c.getAlternatives().stream().flatMap(a -> a.getOptions().stream())));
    }

    /** @return how many options carry the star gate {@code stars} */
    static long gates(CriteriaSheet sheet, int stars) {
        return options(sheet).filter(o -> o.getMinStar().equals(java.util.Optional.of(StarRating.of(stars)))).count();
    }
}
