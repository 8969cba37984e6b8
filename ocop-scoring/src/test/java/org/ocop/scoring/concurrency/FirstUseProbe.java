package org.ocop.scoring.concurrency;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.ScoringEngine;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The first use of the library in a class loader: loads the catalogue, then scores a fixed set of
 * evaluations, and renders everything as text so that results from different class loaders can be compared.
 * {@link RulebooksConcurrencyTest} loads this class in fresh class loaders and calls it from many threads at
 * once, so that they race on the lazy catalogue and the engine's compiled-sheet cache.
 */
public final class FirstUseProbe implements Callable<String> {

    /** Creates the probe (called reflectively). */
    public FirstUseProbe() {}

    @Override
    public String call() {
        List<Rulebook> all = Rulebooks.all();
        Rulebook current = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        List<Evaluation> evaluations = CouncilSheets.evaluations(current, 5, 7L);
        StringBuilder out = new StringBuilder();
        // every sheet of every rulebook, read lazily by racing threads, rendered in full
        out.append(all.stream().map(r -> Rulebook.builder().from(r).build().toString())
                .collect(Collectors.joining("\n"))).append('\n');
        for (Evaluation e : evaluations) {
            out.append(ScoringEngine.standard().score(current, e)).append('\n');
        }
        return out.toString();
    }
}
