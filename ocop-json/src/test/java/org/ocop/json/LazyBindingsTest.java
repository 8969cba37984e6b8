package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bindings are built per group of document types on first use: a fresh JVM that reads one evaluation
 * never loads the holder classes of the rulebook, result, recognition and registry bindings.
 */
class LazyBindingsTest {

    /** Reads the evaluation fixture once (run in a fresh JVM by the test). */
    public static final class ReadOneEvaluation {
        private ReadOneEvaluation() {}

        /**
         * @param args unused
         */
        public static void main(String[] args) {
            byte[] json = OcopJsonTestSupport.resource("fixtures/evaluation.json").getBytes(StandardCharsets.UTF_8);
            System.out.println("read " + OcopJson.readEvaluation(json).getId().orElse(""));
        }
    }

    @Test
    void readingAnEvaluationBuildsOnlyTheBindingsItNeeds() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:off", "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), ReadOneEvaluation.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out).contains("read EV-1", "org.ocop.json.Bindings$Evaluations ", "org.ocop.json.Bindings$Common ");
        for (String group : List.of("Rules", "Results", "Recognition", "Registry")) {
            assertThat(out).as(group).doesNotContain("org.ocop.json.Bindings$" + group + " ");
        }
    }
}
