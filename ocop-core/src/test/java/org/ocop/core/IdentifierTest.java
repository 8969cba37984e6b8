package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocop.core.Identifier.Check.Problem;
import org.ocop.core.evaluation.Council;
import org.ocop.core.evaluation.CouncilMember;
import org.ocop.core.evaluation.MemberScores;
import org.ocop.core.product.Product;

/**
 * Identifiers that print the same are the same: the two observed cases (a member id with a zero-width space, a
 * name-like id in NFC and NFD) and the other invisible characters are refused; names keep any printable text.
 */
class IdentifierTest {

    private static final String HOA_NFC = "H\u00f2a";
    private static final String HOA_NFD = "Ho\u0300a";

    private static CouncilMember member(String id) {
        return CouncilMember.builder().id(id).name("Nguyễn Văn A").build();
    }

    @Test
    void theObservedLookAlikesAreRefused() {
        assertThat(Normalizer.normalize(HOA_NFD, Normalizer.Form.NFC)).isEqualTo(HOA_NFC);
        Council council = Council.builder().level(AuthorityLevel.COMMUNE).addMembers(member("tv1"),
                member("tv1\u200B"), member(HOA_NFC), member(HOA_NFD)).build();
        assertThat(OcopValidation.standard().violations(council)).containsExactly(
                Violation.of("/members/1/id", "must not contain control, zero-width, bidi or other invisible characters",
                        "tv1<U+200B>"),
                Violation.of("/members/3/id", "must be in Unicode Normalization Form C (NFC): normalise it before use",
                        HOA_NFD));
    }

    @Test
    void memberIdsOfSheetsAndCriterionCodesAreIdentifiersToo() {
        assertThat(OcopValidation.forLocale(java.util.Locale.forLanguageTag("vi"))
                .violations(MemberScores.of("tv\u202E1", Map.of("1.1\u00A0", 0)))).extracting(Violation::getPath,
                        Violation::getInvalidValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/choices/1.1\u00A0", "1.1<U+00A0>"),
                        org.assertj.core.groups.Tuple.tuple("/memberId", "tv<U+202E>1"));
    }

    @Test
    void theRule() {
        assertThat(Identifier.Check.problem("tv1")).isEmpty();
        assertThat(Identifier.Check.problem("1234/QĐ-UBND")).isEmpty();
        assertThat(Identifier.Check.problem("SP 01")).isEmpty(); // one inner U+0020 is fine
        assertThat(Identifier.Check.problem(HOA_NFC)).isEmpty();
        assertThat(Identifier.Check.problem(HOA_NFD)).contains(Problem.NOT_NFC);
        for (String invisible : new String[] {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202A", "\u202E",
            "\u2066", "\u2069", "\u00AD", "\u0000", "\t", "\n", "\u007F", "\u0085", "\u2028", "\u2029", "\uFE0F",
            "\u034F", "\u3164", "\uE000", "\uD800"}) {
            assertThat(Identifier.Check.problem("a" + invisible + "b")).as("U+%04X", (int) invisible.charAt(0))
                    .contains(Problem.INVISIBLE);
        }
        for (String space : new String[] {" a", "a ", "a\u00A0b", "a\u2003b", "a\u3000b"}) {
            assertThat(Identifier.Check.problem(space)).as(space).contains(Problem.SPACE);
        }
        assertThatThrownBy(() -> Identifier.Check.problem(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIsLeftToNotBlankAndNamesMayHoldAnyPrintableText() {
        assertThat(OcopValidation.standard().violations(member(" "))).containsExactly(
                Violation.of("/id", "must not be blank", " "));
        Product p = Product.builder().from(Fixtures.product()).build();
        assertThat(OcopValidation.standard().violations(CouncilMember.builder().id("tv1")
                .name("Hòa \u200D 🙂 \u202E").build())).isEmpty();
        assertThat(OcopValidation.standard().violations(p)).isEmpty();
    }
}
