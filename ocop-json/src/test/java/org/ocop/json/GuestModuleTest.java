package org.ocop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.core.recognition.Certificate;

/**
 * {@link OcopModule} is a guest in the host's mapper: after registering it, the host's own types are written
 * and read exactly as before under the host's settings, and OCOP values inside the host's documents follow
 * format 1 whatever those settings are.
 */
class GuestModuleTest {

    /** A host application's own value: a date, a decimal and a two-word property name. */
    public record Invoice(LocalDate issuedOn, BigDecimal amountDue, String customerName) {}

    /** A host application's value that carries an OCOP value. */
    public record Dossier(String dossierNumber, Certificate certificate) {}

    private static final Invoice INVOICE = new Invoice(LocalDate.of(2026, 1, 2), new BigDecimal("1E+3"), "HTX Chè");

    private static ObjectMapper host() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
    }

    @Test
    void theHostsOwnTypesAreWrittenAndReadExactlyAsBefore() throws Exception {
        ObjectMapper before = host();
        ObjectMapper after = host().registerModule(new OcopModule());
        String json = before.writeValueAsString(INVOICE);
        assertThat(json).isEqualTo("{\"issued_on\":[2026,1,2],\"amount_due\":1E+3,\"customer_name\":\"HTX Chè\"}");
        assertThat(after.writeValueAsString(INVOICE)).isEqualTo(json);
        assertThat(after.readValue(json, Invoice.class)).isEqualTo(before.readValue(json, Invoice.class))
                .isEqualTo(INVOICE);
        assertThat(after.readValue("\"2026-01-02\"", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(after.readValue("[2026,1,2]", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(after.readValue("1.0", Integer.class)).isEqualTo(before.readValue("1.9", Integer.class));
    }

    @Test
    void theModuleRegistersNoOtherModuleAndNoCodecForJavaTime() throws Exception {
        ObjectMapper bare = new ObjectMapper().registerModule(new OcopModule());
        assertThat(bare.getRegisteredModuleIds()).hasSize(1);
        assertThatThrownBy(() -> bare.writeValueAsString(List.of(LocalDate.of(2026, 1, 2))))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void ocopValuesInsideTheHostsDocumentsFollowFormatOne() throws Exception {
        ObjectMapper after = host().registerModule(new OcopModule());
        Certificate certificate = new Corpus(3).certificate();
        Dossier dossier = new Dossier("HS-1", certificate);
        String json = after.writeValueAsString(dossier);
        assertThat(json).contains("\"dossier_number\":\"HS-1\"").contains("\"issuedOn\":\"" + certificate.getIssuedOn() + "\"")
                .contains("\"decisionNumber\":").doesNotContain("\"ocopFormat\"");
        assertThat(after.readValue(json, Dossier.class)).isEqualTo(dossier);
        assertThatThrownBy(() -> after.readValue(json.replace("\"rating\":", "\"stars\":1,\"rating\":"), Dossier.class))
                .hasMessageContaining("unknown property 'stars' of Certificate");
    }
}
