package org.ocop.modulepath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.OcopValidation;
import org.ocop.core.Violation;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.result.NoteCode;
import org.ocop.core.result.ResultNote;
import org.ocop.core.result.ScoreResult;
import org.ocop.core.rules.Rulebook;
import org.ocop.json.OcopJson;
import org.ocop.scoring.rulebooks.Rulebooks;
import org.ocop.scoring.ScoringEngine;

/**
 * Run by the build on a pure module path: reads and scores a sample evaluation, loads a shipped JSON Schema and
 * resolves OCOP's and the standard constraints' messages in Vietnamese. Exits with 1 and says why on the first
 * thing that does not work.
 */
public final class ModulePathConsumer {

    private ModulePathConsumer() {}

    /**
     * @param args the path of a sample evaluation document
     * @throws IOException if the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        check(ModulePathConsumer.class.getModule().isNamed() && OcopJson.class.getModule().isNamed()
                && ScoringEngine.class.getModule().isNamed(), "every module is a named module");

        byte[] json = Files.readAllBytes(Path.of(args[0]));
        Rulebook rules = Rulebooks.byId(Rulebooks.QD_26_2026).orElseThrow();
        Evaluation evaluation = OcopJson.readEvaluation(json);
        ScoreResult result = ScoringEngine.standard().score(rules, evaluation);
        check(result.getAverageScore().signum() > 0, "the sample scores above 0");

        try (InputStream schema = OcopJson.class.getModule()
                .getResourceAsStream("org/ocop/json/schema/evaluation.schema.json")) {
            check(schema != null && schema.readAllBytes().length > 0, "the evaluation schema is readable");
        }

        List<Violation> vi = OcopValidation.forLocale(Locale.forLanguageTag("vi"))
                .violations(Council.builder().level(AuthorityLevel.COMMUNE).build());
        check(vi.size() == 1 && vi.get(0).getMessage().equals("hội đồng phải có ít nhất một thành viên"),
                "OCOP's own message resolves in Vietnamese: " + vi);
        List<Violation> blank = OcopValidation.forLocale(Locale.forLanguageTag("vi"))
                .violations(MemberScores.of(" ", Map.of()));
        check(blank.size() == 1 && blank.get(0).getMessage().equals("không được để trống"),
                "a standard constraint's message resolves in Vietnamese: " + blank);
        ResultNote note = ResultNote.of(NoteCode.CHAIR_ABSENT, "a");
        check(note.text(Locale.forLanguageTag("vi")).equals("không đủ điều kiện họp: chủ tịch hội đồng a không có mặt")
                && note.text(Locale.ENGLISH).equals("no quorum: the chair a is not present"),
                "a result note's text resolves in both languages: " + note.text(Locale.forLanguageTag("vi")));
        check(result.getWarnings().stream().allMatch(w -> !w.text(Locale.ENGLISH).equals(w.getCode().name())),
                "every warning of the sample has a text");

        System.out.println("module path: " + args[0] + " scored " + result.getAverageScore() + " under "
                + rules.getId() + "; schema and messages resolve");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.err.println("module-path smoke test failed: " + what);
            System.exit(1);
        }
    }
}
