package org.ocop.test;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;
import org.ocop.core.AuthorityLevel;
import org.ocop.core.StarRating;
import org.ocop.core.recognition.Certificate;

/** AssertJ assertions on a recognition {@link Certificate} (<i>giấy chứng nhận sản phẩm OCOP</i>). */
public final class CertificateAssert extends AbstractAssert<CertificateAssert, Certificate> {

    CertificateAssert(Certificate actual) {
        super(actual, CertificateAssert.class);
    }

    /**
     * @param stars the recognised rank, 3 to 5
     * @return this
     */
    public CertificateAssert hasRating(int stars) {
        isNotNull();
        if (actual.getRating() != StarRating.of(stars)) {
            failWithMessage("Expected a %s★ certificate but it recognises %s", stars, actual.getRating().symbol());
        }
        return this;
    }

    /**
     * @param level the level expected to have issued it
     * @return this
     */
    public CertificateAssert isIssuedBy(AuthorityLevel level) {
        isNotNull();
        if (actual.getIssuerLevel() != level) {
            failWithMessage("Expected a certificate issued by the %s level but it was issued by the %s level", level,
                    actual.getIssuerLevel());
        }
        return this;
    }

    /**
     * @param day the expected last day of validity
     * @return this
     */
    public CertificateAssert isValidUntil(LocalDate day) {
        isNotNull();
        if (!actual.getValidUntil().equals(day)) {
            failWithMessage("Expected the certificate to be valid until %s but it is valid until %s", day,
                    actual.getValidUntil());
        }
        return this;
    }

    /**
     * @param rulebookId the rulebook the rank was given under, e.g. {@code QD-26-2026}
     * @return this
     */
    public CertificateAssert isUnderRulebook(String rulebookId) {
        isNotNull();
        if (!actual.getRulebookId().equals(rulebookId)) {
            failWithMessage("Expected a certificate under %s but it is under %s", rulebookId, actual.getRulebookId());
        }
        return this;
    }
}
