package org.ocop.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultNoteTest {

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ResultNote.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveEveryCodeAndNothingElse() throws IOException {
        Set<String> codes = Arrays.stream(NoteCode.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(bundle("ResultMessages.properties").stringPropertyNames()).isEqualTo(codes);
        assertThat(bundle("ResultMessages_vi.properties").stringPropertyNames()).isEqualTo(codes);
    }

    @ParameterizedTest
    @EnumSource(NoteCode.class)
    void eachTextUsesExactlyTheCodesParameters(NoteCode code) throws IOException {
        for (String file : new String[] {"ResultMessages.properties", "ResultMessages_vi.properties"}) {
            Matcher m = Pattern.compile("\\{(\\d)}").matcher(bundle(file).getProperty(code.name()));
            Set<Integer> used = new java.util.TreeSet<>();
            while (m.find()) {
                used.add(Integer.parseInt(m.group(1)));
            }
            Set<Integer> expected = new java.util.TreeSet<>();
            for (int i = 0; i < code.parameterCount(); i++) {
                expected.add(i);
            }
            assertThat(used).as(file + " " + code).isEqualTo(expected);
        }
    }

    @Test
    void rendersInEnglishAndVietnamese() {
        ResultNote n = ResultNote.of(NoteCode.NO_QUORUM, 2, 4, 3, 4);
        assertThat(n.getParameters()).containsExactly("2", "4", "3", "4");
        assertThat(n.text(Locale.ENGLISH)).isEqualTo("no quorum: 2 of 4 members present, 3/4 required");
        assertThat(n.getText()).isEqualTo(n.text(Locale.ENGLISH));
        assertThat(n.text(Locale.forLanguageTag("vi-VN")))
                .isEqualTo("không đủ số thành viên: 2 trên 4 thành viên có mặt, cần 3/4");
        // any language other than Vietnamese reads English, whatever the JVM's default locale
        assertThat(n.text(Locale.FRENCH)).isEqualTo(n.text(Locale.ENGLISH));
    }

    @Test
    void apostrophesAndBracesInParametersArePlainText() {
        ResultNote n = ResultNote.of(NoteCode.SPREAD_TOO_WIDE, "{1}", 100, 20, 10);
        assertThat(n.text(Locale.ENGLISH))
                .isEqualTo("needs re-discussion: members' totals range from {1} to 100, a spread of 20 over the allowed 10");
    }

    @Test
    void refusesTheWrongNumberOfParameters() {
        assertThatThrownBy(() -> ResultNote.of(NoteCode.CHAIR_ABSENT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHAIR_ABSENT").hasMessageContaining("1");
        assertThat(ResultNote.of(NoteCode.CHAIR_NOT_RECORDED).getParameters()).isEmpty();
    }
}
