package org.ocop.scoring.rulebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.Rulebook;

/** A shipped rulebook reads each sheet once, on first use, from its own resource, and compares by content. */
class ShippedRulebookTest {

    private static final Rulebook QD26 = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
    private static final Rulebook HEADER = Rulebook.builder().from(QD26).sheets(List.of()).build();

    private final AtomicInteger reads = new AtomicInteger();

    private ShippedRulebook lazy() {
        int[] numbers = new int[26];
        String[] resources = new String[26];
        for (int i = 0; i < 26; i++) {
            numbers[i] = i + 1;
            resources[i] = String.format(Locale.ROOT, "QD-26-2026.sheet-%02d.json", i + 1);
        }
        ShippedRulebook.SheetReader real = ShippedRulebook.resources(Rulebooks.QD_26_2026);
        return new ShippedRulebook(HEADER, numbers, resources, resource -> {
            reads.incrementAndGet();
            return real.read(resource);
        });
    }

    @Test
    void scoringOneSheetReadsThatSheetOnly() {
        ShippedRulebook rulebook = lazy();
        assertThat(rulebook.getSheets()).hasSize(26);
        assertThat(rulebook.getParameters()).isEqualTo(QD26.getParameters());
        assertThat(reads).hasValue(0);
        CriteriaSheet five = rulebook.sheet(5).orElseThrow();
        assertThat(five.getNumber()).isEqualTo(5);
        assertThat(rulebook.sheet(5).orElseThrow()).isSameAs(five);
        assertThat(rulebook.getSheets().get(4)).isSameAs(five);
        assertThat(reads).hasValue(1);
        assertThat(rulebook.sheetsRead()).isEqualTo(1);
        assertThat(rulebook.sheet(27)).isEmpty();
        assertThat(rulebook.sheet(-1)).isEmpty();
        assertThat(rulebook.toString()).isEqualTo("Rulebook{id=QD-26-2026, shipped, 26 sheets}");
    }

    @Test
    void threadsAskingForTheSameSheetReadItOnceAndShareIt() throws Exception {
        ShippedRulebook rulebook = lazy();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CriteriaSheet>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return rulebook.sheet(12).orElseThrow();
                }));
            }
            start.countDown();
            CriteriaSheet first = answers.get(0).get();
            for (Future<CriteriaSheet> f : answers) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aShippedRulebookEqualsTheValueOfTheSameContentOneSided() {
        ShippedRulebook rulebook = lazy();
        Rulebook value = Rulebook.builder().from(QD26).build();
        assertThat(rulebook).isEqualTo(value).hasSameHashCodeAs(value).isEqualTo(QD26);
        assertThat(reads).hasValue(26);
        // ⚖ the generated value class compares with its own class only (ShippedRulebook's documentation)
        assertThat(value.equals(rulebook)).isFalse();
        assertThat(rulebook).isNotEqualTo(Rulebook.builder().from(value).provenance("elsewhere").build());
        assertThat(rulebook).isNotEqualTo("QD-26-2026");
    }

    @Test
    void aMissingOrMisnumberedSheetResourceIsARulebookException() {
        ShippedRulebook missing = new ShippedRulebook(HEADER, new int[] {1}, new String[] {"QD-26-2026.sheet-99.json"},
                ShippedRulebook.resources(Rulebooks.QD_26_2026));
        assertThatThrownBy(() -> missing.sheet(1)).isInstanceOf(RulebookException.class)
                .hasMessageContaining("QD-26-2026.sheet-99.json").hasMessageContaining("missing");
        ShippedRulebook misnumbered = new ShippedRulebook(HEADER, new int[] {2}, new String[] {"QD-26-2026.sheet-01.json"},
                ShippedRulebook.resources(Rulebooks.QD_26_2026));
        assertThatThrownBy(() -> misnumbered.sheet(2)).isInstanceOf(RulebookException.class)
                .hasMessageContaining("holds sheet 1, not sheet 2");
        assertThatThrownBy(() -> new ShippedRulebook(HEADER, new int[] {1, 1}, new String[] {"a", "b"}, r -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
