package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;

/**
 * The library's validator (which first tries ocop-core's fast check, derived from the constraint metadata)
 * and a plain Hibernate Validator run in full give the same verdict, at the same pointers, on the whole
 * bad-input corpus and on the valid corpus of every document type. (ocop-core's {@code QuickCheckTest} tests
 * the check itself, and that it falls back for constraints it does not know.)
 */
class QuickCheckAgreementTest {

    private static final OcopReader LIBRARY = OcopJson.reader(OcopValidation.forLocale(Locale.ENGLISH));
    private static final OcopReader FULL = OcopJson.reader(
            OcopValidation.using(Validation.buildDefaultValidatorFactory().getValidator()));

    /** @return the pointers of the problems, or an empty list when the document is read */
    private static List<String> verdict(OcopReader reader, String file, byte[] json) {
        try {
            if (file.startsWith("rulebook")) {
                reader.read(json, Rulebook.class);
            } else {
                reader.read(json, Evaluation.class);
            }
            return List.of();
        } catch (OcopJsonException e) {
            return e.getProblems().stream().map(Violation::getPath).toList();
        }
    }

    @Test
    void theWholeBadInputCorpusGetsTheSameVerdictAtTheSamePointers() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/bad"))) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(35);
        int refused = 0;
        for (String file : files) {
            byte[] json = OcopJsonTestSupport.resource("bad/" + file).getBytes(StandardCharsets.UTF_8);
            List<String> full = verdict(FULL, file, json);
            assertThat(verdict(LIBRARY, file, json)).as(file).isEqualTo(full);
            refused += full.isEmpty() ? 0 : 1;
        }
        assertThat(refused).isEqualTo(files.size() - BadInputTest.CROSS_DOCUMENT.size());
    }

    @Test
    void everyValidDocumentOfTheCorpusIsValidForBoth() {
        for (DocumentType type : DocumentType.values()) {
            for (int seed = 0; seed < RoundTripTest.SEEDS; seed++) {
                Object value = new Corpus(seed).document(type);
                byte[] json = OcopJson.write(value).getBytes(StandardCharsets.UTF_8);
                assertThat(FULL.read(json, type.valueType())).as("%s seed %d", type, seed).isEqualTo(value);
                assertThat(LIBRARY.read(json, type.valueType())).as("%s seed %d", type, seed).isEqualTo(value);
            }
        }
    }
}
