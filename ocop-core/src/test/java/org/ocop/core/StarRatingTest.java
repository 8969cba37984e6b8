package org.ocop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Star ranks 1 to 5; only 3★ and up are recognised (docs/rules.md §3.4). */
class StarRatingTest {

    @Test
    void ranksRunFromOneToFiveStars() {
        assertThat(StarRating.values()).extracting(StarRating::stars).containsExactly(1, 2, 3, 4, 5);
        for (int s = 1; s <= 5; s++) {
            assertThat(StarRating.of(s).stars()).isEqualTo(s);
        }
    }

    @Test
    void ofRejectsOtherNumbers() {
        assertThatThrownBy(() -> StarRating.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An OCOP star rank is 1 to 5, got 0");
        assertThatThrownBy(() -> StarRating.of(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An OCOP star rank is 1 to 5, got 6");
    }

    @Test
    void onlyThreeStarsAndUpAreRecognisable() {
        assertThat(StarRating.ONE.isRecognisable()).isFalse();
        assertThat(StarRating.TWO.isRecognisable()).isFalse();
        assertThat(StarRating.THREE.isRecognisable()).isTrue();
        assertThat(StarRating.FOUR.isRecognisable()).isTrue();
        assertThat(StarRating.FIVE.isRecognisable()).isTrue();
    }

    @Test
    void nextStopsAtFive() {
        assertThat(StarRating.ONE.next()).isEqualTo(StarRating.TWO);
        assertThat(StarRating.FOUR.next()).isEqualTo(StarRating.FIVE);
        assertThat(StarRating.FIVE.next()).isEqualTo(StarRating.FIVE);
    }

    @Test
    void minIsTheLowerRank() {
        assertThat(StarRating.FOUR.min(StarRating.TWO)).isEqualTo(StarRating.TWO);
        assertThat(StarRating.TWO.min(StarRating.FOUR)).isEqualTo(StarRating.TWO);
        assertThat(StarRating.THREE.min(StarRating.THREE)).isEqualTo(StarRating.THREE);
    }

    @Test
    void symbol() {
        assertThat(StarRating.FOUR.symbol()).isEqualTo("4★");
    }
}
