package org.ocop.examples.samples;

import org.junit.jupiter.api.Test;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.text.ResultText;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.rulebooks.Rulebooks;

class DesignProbe {
    @Test
    void probe() {
        Rulebook rb = Rulebooks.byId("QD-26-2026").orElseThrow();
        for (SampleCatalogue.Definition d : SampleCatalogue.all()) {
            Evaluation ev = d.evaluation(n -> rb.sheet(n).orElseThrow());
            ScoreResult r = ScoringEngine.standard().score(rb, ev);
            System.out.println(d.name() + " intended " + d.intended() + " -> " + ResultText.stars(r) + " avg "
                    + ResultText.points(r.getAverageScore()) + " totals " + r.getMemberTotals().stream().map(t -> t.getTotal()).toList()
                    + " failed " + ResultText.failedGates(r) + " next " + ResultText.nextStarLine(r));
        }
    }
}
