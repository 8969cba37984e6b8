package org.ocop.examples.registry;

import java.time.LocalDate;
import java.util.List;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.product.ProducerType;
import org.ocop.core.recognition.LifecycleEventType;

/**
 * A compact registry document for {@code ocop report}: a province's producers, its products and each
 * product's certificates, one line of facts each. It is a format of the examples module (type
 * {@code "registry"}, same header as the ocop-json documents), read strictly by {@link RegistryFiles}.
 *
 * <pre>{@code
 * {"ocopFormat": "1.0", "type": "registry", "name": "…", "reportOn": "2026-11-23",
 *  "producers": [{"id": "HTX-001", "legalName": "…", "type": "COOPERATIVE", "provinceCode": "40",
 *                 "communeCode": "01201"}],
 *  "products":  [{"id": "SP-0001", "name": "…", "productSet": "TEA", "producerId": "HTX-001",
 *                 "certificates": [{"event": "RECOGNISED", "stars": 3, "issuedOn": "2024-03-15",
 *                                   "decisionNumber": "12/QĐ-UBND", "issuingAuthority": "UBND tỉnh …",
 *                                   "rulebookId": "QD-148-2023"}]}]}
 * }</pre>
 *
 * @param ocopFormat the format version, {@code 1.x}
 * @param type always {@code registry}
 * @param name the registry's name
 * @param reportOn the default report day
 * @param producers the producers
 * @param products the products
 */
public record RegistryDocument(String ocopFormat, String type, String name, LocalDate reportOn,
        List<ProducerRow> producers, List<ProductRow> products) {

    /** The value of {@code type}. */
    public static final String TYPE = "registry";

    /**
     * One producer.
     *
     * @param id unique id
     * @param legalName registered name
     * @param type kind of producer
     * @param provinceCode province code (digits)
     * @param communeCode commune code (digits)
     */
    public record ProducerRow(String id, String legalName, ProducerType type, String provinceCode, String communeCode) {}

    /**
     * One product and its certificates.
     *
     * @param id unique id
     * @param name product name (Vietnamese)
     * @param productSet the product set
     * @param producerId the producer's id
     * @param certificates certificates in issue order
     */
    public record ProductRow(String id, String name, ProductSet productSet, String producerId,
            List<CertificateRow> certificates) {}

    /**
     * One certificate and the event that issued it.
     *
     * @param event {@code RECOGNISED}, {@code RENEWED} or {@code UPGRADED}
     * @param stars the rank, 3 to 5
     * @param issuedOn the decision day
     * @param decisionNumber the decision's number
     * @param issuingAuthority the authority, e.g. "UBND tỉnh …"
     * @param rulebookId the rulebook it was evaluated under
     */
    public record CertificateRow(LifecycleEventType event, int stars, LocalDate issuedOn, String decisionNumber,
            String issuingAuthority, String rulebookId) {}
}
