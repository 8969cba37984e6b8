package org.ocop.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocop.core.Fixtures.address;
import static org.ocop.core.Fixtures.producer;
import static org.ocop.core.Fixtures.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocop.core.LocalizedText;
import org.ocop.core.classification.ProductSet;

/** Builders, defaults, immutability, equality and copies of the product package's value types. */
class ProductConstructionTest {

    @Test
    void productBuilderSetsEveryAttributeAndDefaults() {
        Product p = product();
        assertThat(p.getId()).isEqualTo("SP-1");
        assertThat(p.getName().getVi()).isEqualTo("Rau cải");
        assertThat(p.getProductSet()).isEqualTo(ProductSet.FRESH_PRODUCE);
        assertThat(p.getProducer()).isEqualTo(producer());
        assertThat(p.getCode()).isEmpty();
        assertThat(p.getRawMaterialOrigin()).isEmpty();
        assertThat(p.getCertifications()).isEmpty();
        assertThat(p.isTraceable()).isFalse();
        assertThat(p.isStoryWritten()).isFalse();
        assertThat(p.getExportMarkets()).containsExactly("JP");
        assertThat(p.getAnnualRevenueVnd()).isEmpty();

        Product full = Product.builder().from(p).code(ProductCode.parse("01-00004-12-2026"))
                .rawMaterialOrigin(RawMaterialOrigin.COMMUNE).addCertifications(Certification.VIETGAP)
                .addIntellectualProperty(IntellectualProperty.COLLECTIVE_MARK).traceable(true).storyWritten(true)
                .addDistributionChannels(DistributionChannel.SUPERMARKETS, DistributionChannel.E_COMMERCE)
                .addAwards("Giải vàng").annualOutput(new BigDecimal("12000")).outputUnit("kg")
                .annualRevenueVnd(1_500_000_000L).build();
        assertThat(full.getCode()).map(ProductCode::asString).contains("01-00004-12-2026");
        assertThat(full.isTraceable()).isTrue();
        assertThat(full.isStoryWritten()).isTrue();
        assertThat(full.getDistributionChannels()).containsExactly(DistributionChannel.SUPERMARKETS,
                DistributionChannel.E_COMMERCE);
        assertThat(full.getAnnualRevenueVnd()).contains(1_500_000_000L);
        assertThat(full).isNotEqualTo(p);
    }

    @Test
    void missingMandatoryAttributesAreNamed() {
        assertThatThrownBy(() -> Product.builder().id("SP-1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name").hasMessageContaining("productSet").hasMessageContaining("producer");
        assertThatThrownBy(() -> Producer.builder().id("P").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("legalName").hasMessageContaining("type").hasMessageContaining("address");
        assertThatThrownBy(() -> Address.builder().provinceCode("01").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("communeCode");
        assertThatThrownBy(() -> Workforce.builder().women(1).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("total");
    }

    @Test
    void nullsAreRefusedByBuilders() {
        assertThatThrownBy(() -> Product.builder().id(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
    }

    @Test
    void collectionsAreDefensiveCopiesAndUnmodifiable() {
        List<String> markets = new ArrayList<>(List.of("JP", "KR"));
        Set<Certification> certifications = EnumSet.of(Certification.HACCP);
        Product p = Product.builder().from(product()).exportMarkets(markets).certifications(certifications).build();
        markets.add("US");
        certifications.add(Certification.ISO_9001);

        assertThat(p.getExportMarkets()).containsExactly("JP", "KR");
        assertThat(p.getCertifications()).containsExactly(Certification.HACCP);
        assertThatThrownBy(() -> p.getExportMarkets().add("US")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.getCertifications().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.getAwards().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(product()).isEqualTo(product()).hasSameHashCodeAs(product());
        assertThat(producer()).isEqualTo(producer()).hasSameHashCodeAs(producer());
        assertThat(address()).isEqualTo(address()).hasSameHashCodeAs(address());
        assertThat(Workforce.builder().total(3).build()).isEqualTo(Workforce.builder().total(3).women(0).build());
        assertThat(product().toString()).contains("SP-1");
    }

    @Test
    void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
        ImmutableProduct p = (ImmutableProduct) product();
        ImmutableProduct renamed = p.withName(LocalizedText.of("Rau muống"));
        assertThat(renamed.getName().getVi()).isEqualTo("Rau muống");
        assertThat(renamed.getId()).isEqualTo(p.getId());
        assertThat(p.getName().getVi()).isEqualTo("Rau cải");
        assertThat(p.withId("SP-1")).isSameAs(p);
        assertThat(p.withExportMarkets("KR").getExportMarkets()).containsExactly("KR");

        ImmutableWorkforce w = (ImmutableWorkforce) Workforce.builder().total(10).build();
        assertThat(w.withWomen(4).getWomen()).isEqualTo(4);
        assertThat(w.getWomen()).isZero();
    }

    @Test
    void producerTypes() {
        assertThat(ProducerType.COOPERATIVE.hasMembers()).isTrue();
        assertThat(ProducerType.COOPERATIVE_GROUP.hasMembers()).isTrue();
        assertThat(ProducerType.FARM.hasMembers()).isFalse();
        assertThat(ProducerType.ENTERPRISE.isEnterprise()).isTrue();
        assertThat(ProducerType.SMALL_MEDIUM_ENTERPRISE.isEnterprise()).isTrue();
        assertThat(ProducerType.COOPERATIVE.isEnterprise()).isFalse();
        assertThat(ProducerType.COOPERATIVE.label().getVi()).isEqualTo("Hợp tác xã");
    }
}
