package org.ocop.core.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ocop.core.Identifier;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;

/**
 * A product (<i>sản phẩm</i>) brought to OCOP evaluation, with the facts the criteria reward.
 *
 * <p>The product set selects the criteria sheet (Decision 26/2026/QĐ-TTg Annex I and II). The facts are
 * what province systems record (raw materials, certifications, intellectual property, traceability,
 * channels, export, awards, output and revenue; {@code docs/rules.md} §2); they inform a council but the
 * score itself comes from the council members' choices on the sheet.
 */
@Value.Immutable
public interface Product {

    /** @return the identifier in the province system, unique within a registry */
    @NotBlank
    @Identifier
    String getId();

    /** @return the code {@code T-X-STT-20xx} printed on 26/2026 sheets, once assigned */
    Optional<ProductCode> getCode();

    /** @return the product name, Vietnamese with an optional English rendering */
    @Valid
    LocalizedText getName();

    /** @return the product set, which selects the criteria sheet */
    ProductSet getProductSet();

    /** @return the producer that makes and owns the product */
    @Valid
    Producer getProducer();

    /** @return where the raw materials come from, if recorded */
    Optional<RawMaterialOrigin> getRawMaterialOrigin();

    /** @return the share of raw materials from the commune or province, in percent, if recorded */
    Optional<@PositiveOrZero @DecimalMax("100") BigDecimal> getLocalRawMaterialPercent();

    /** @return certifications held */
    Set<Certification> getCertifications();

    /** @return intellectual-property rights held */
    Set<IntellectualProperty> getIntellectualProperty();

    /** @return whether the product carries an electronic traceability code (<i>truy xuất nguồn gốc</i>) */
    @Value.Default
    default boolean isTraceable() {
        return false;
    }

    /**
     * @return whether the product has a written product story (<i>câu chuyện sản phẩm</i>); the JSON property
     *     is {@code hasStory}
     */
    @Value.Default
    default boolean isStoryWritten() {
        return false;
    }

    /** @return where the product is sold */
    Set<DistributionChannel> getDistributionChannels();

    /** @return export markets as ISO 3166-1 alpha-2 country codes */
    List<@Pattern(regexp = "[A-Z]{2}", message = "{org.ocop.countryCode}") String> getExportMarkets();

    /** @return awards and prizes, as named by the awarding body */
    List<@NotBlank String> getAwards();

    /** @return yearly output in the product's unit, if recorded */
    Optional<@PositiveOrZero BigDecimal> getAnnualOutput();

    /** @return the unit of {@link #getAnnualOutput()} (e.g. "kg", "litre", "visitor"), if recorded */
    Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String> getOutputUnit();

    /** @return yearly revenue in Vietnamese đồng, if recorded */
    Optional<@PositiveOrZero Long> getAnnualRevenueVnd();

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Product}. */
    final class Builder extends ImmutableProduct.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}
