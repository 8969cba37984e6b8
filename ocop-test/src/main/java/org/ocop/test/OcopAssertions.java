package org.ocop.test;

import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.result.ScoreResult;

/**
 * The entry point of the OCOP assertions (AssertJ): {@code import static org.ocop.test.OcopAssertions.assertThat;}
 *
 * <pre>{@code
 * assertThat(result).hasAverage("74").hasBand(4).hasStars(3).failsGate("6.2").isRecognisedBy(AuthorityLevel.PROVINCE);
 * assertThat(evaluation).fits(rulebook);
 * assertThat(certificate).hasRating(4).isIssuedBy(AuthorityLevel.PROVINCE);
 * }</pre>
 */
public final class OcopAssertions {

    private OcopAssertions() {}

    /**
     * @param actual a scoring result
     * @return assertions on it
     */
    public static ScoreResultAssert assertThat(ScoreResult actual) {
        return ScoreResultAssert.assertThat(actual);
    }

    /**
     * @param actual an evaluation
     * @return assertions on it (whether its choices fit a sheet)
     */
    public static EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual);
    }

    /**
     * @param actual a certificate
     * @return assertions on it
     */
    public static CertificateAssert assertThat(Certificate actual) {
        return new CertificateAssert(actual);
    }
}
