package org.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocop.scoring.lifecycle.LifecyclePolicyTest.cert;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.InspectionResult;
import org.ocop.core.recognition.RevocationGround;

/** Inspection conclusions lead to nothing, a re-evaluation or a revocation (26/2026 Art. 8–9). */
class InspectionTest {

    private static final Certificate FOUR = cert("P1", StarRating.FOUR, LocalDate.of(2026, 6, 15));

    private static InspectionResult.Builder base() {
        return InspectionResult.builder().productId("P1").concludedOn(LocalDate.of(2027, 4, 20))
                .inspectorLevel(AuthorityLevel.PROVINCE).inspectingAuthority("Sở NN&MT tỉnh Mẫu");
    }

    @Test
    void compliantInspectionChangesNothing() {
        assertThat(Lifecycle.consequenceOf(base().build(), FOUR)).isEqualTo(InspectionConsequence.NONE);
        assertThat(Lifecycle.consequenceOf(base().assessedRank(StarRating.FOUR).build(), FOUR))
                .isEqualTo(InspectionConsequence.NONE);
        assertThat(Lifecycle.standard().revocationFor(base().build(), FOUR, "UBND tỉnh Mẫu")).isEmpty();
    }

    @Test
    void slippedToALowerRecognisableRankMeansReEvaluation() {
        assertThat(Lifecycle.consequenceOf(base().assessedRank(StarRating.THREE).build(), FOUR))
                .isEqualTo(InspectionConsequence.RE_EVALUATION);
        assertThat(Lifecycle.consequenceOf(base().criteriaMaintained(false).assessedRank(StarRating.THREE).build(), FOUR))
                .isEqualTo(InspectionConsequence.RE_EVALUATION);
    }

    @Test
    void groundsLeadToRevocation15DaysLater() {
        // criteria no longer met with nothing recognisable left -> ground (b)
        InspectionResult lapsed = base().criteriaMaintained(false).assessedRank(StarRating.TWO).build();
        assertThat(Lifecycle.consequenceOf(lapsed, FOUR)).isEqualTo(InspectionConsequence.REVOCATION);
        var event = Lifecycle.standard().revocationFor(lapsed, FOUR, "UBND tỉnh Mẫu").orElseThrow();
        assertThat(event.getRevocation().orElseThrow().getGround()).isEqualTo(RevocationGround.CRITERIA_NO_LONGER_MET);
        // 20 Apr 2027 + 15 days = 5 May 2027
        assertThat(event.getDate()).isEqualTo(LocalDate.of(2027, 5, 5));
        // mark misuse -> ground (d)
        InspectionResult misuse = base().markUsedCorrectly(false).build();
        assertThat(Lifecycle.standard().revocationFor(misuse, FOUR, "UBND tỉnh Mẫu").orElseThrow()
                .getRevocation().orElseThrow().getGround()).isEqualTo(RevocationGround.MARK_MISUSE);
        // a stated ground wins
        InspectionResult stopped = base().revocationGround(RevocationGround.PRODUCTION_STOPPED).build();
        assertThat(Lifecycle.consequenceOf(stopped, FOUR)).isEqualTo(InspectionConsequence.REVOCATION);
        assertThat(Lifecycle.standard().revocationFor(stopped, FOUR, "UBND tỉnh Mẫu").orElseThrow()
                .getRevocation().orElseThrow().getGround()).isEqualTo(RevocationGround.PRODUCTION_STOPPED);
    }
}
