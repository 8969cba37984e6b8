package org.ocop.examples.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocop.examples.text.Words;
import picocli.CommandLine.Option;

/**
 * Options every command takes: {@code --lang vi|en} (the command line's own words and the names from the
 * data; the default follows the platform locale) and {@code --rulebook-file FILE} (repeatable: rulebook
 * documents added to, or replacing, the shipped rulebooks for this run).
 */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "vi|en",
            description = "Language of the output (default: Vietnamese when the platform locale is Vietnamese, "
                    + "English otherwise).")
    private Optional<Lang> lang;

    @Option(names = "--rulebook-file", paramLabel = "FILE",
            description = "A rulebook document (JSON) to add or to replace a shipped rulebook of the same id; "
                    + "repeatable.")
    private List<String> rulebookFiles = new ArrayList<>();

    /** @return the words of the language chosen */
    Words words() {
        return Words.of(lang.orElseGet(() -> "vi".equals(Locale.getDefault().getLanguage()) ? Lang.vi : Lang.en)
                .locale());
    }

    /**
     * @param stdin standard input, for {@code --rulebook-file -}
     * @return the rulebooks of this run
     */
    Backend.Catalogue catalogue(InputStream stdin) {
        return rulebookFiles.isEmpty() ? Backend.Catalogue.standard() : Backend.Catalogue.with(rulebookFiles, stdin);
    }
}
