package org.ocop.scoring.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ocop.core.rules.Rulebook;
import org.ocop.scoring.rulebooks.Rulebooks;

/**
 * The first use of the library races safely: in a fresh class loader (nothing of ocop-java or Jackson
 * initialised yet) many threads start at the same instant to load the catalogue and score, and every one of
 * them gets what a single thread gets in this class loader. Repeated with a new class loader each round, so
 * every round is a real first use.
 */
class RulebooksConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2;

    @Test
    void firstUseInFreshClassLoadersGivesTheSingleThreadedResult() throws Exception {
        String expected = new FirstUseProbe().call();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (URLClassLoader fresh = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
                    Class<?> probe = Class.forName(FirstUseProbe.class.getName(), false, fresh);
                    assertThat(probe).isNotSameAs(FirstUseProbe.class);
                    assertThat(Class.forName(Rulebooks.class.getName(), false, fresh)).isNotSameAs(Rulebooks.class);
                    CyclicBarrier start = new CyclicBarrier(THREADS);
                    List<Future<String>> results = new ArrayList<>();
                    for (int t = 0; t < THREADS; t++) {
                        results.add(pool.submit(() -> {
                            @SuppressWarnings("unchecked")
                            Callable<String> call = (Callable<String>) probe.getConstructor().newInstance();
                            start.await();
                            return call.call();
                        }));
                    }
                    for (Future<String> r : results) {
                        assertThat(r.get()).as("round %d", round).isEqualTo(expected);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyThreadsShareTheSameRulebookInstances() throws Exception {
        int threads = 16;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Rulebook>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return Rulebooks.all();
                }));
            }
            List<Rulebook> expected = Rulebooks.all();
            for (Future<List<Rulebook>> r : results) {
                List<Rulebook> actual = r.get();
                assertThat(actual).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i)).isSameAs(expected.get(i)); // one instance of each rulebook
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The test class path as URLs: surefire's own property when it runs the tests through a manifest jar. */
    private static URL[] testClassPath() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
