package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.examples.cli.Backend;

/**
 * {@code ocop serve} started on an ephemeral loopback port and called with {@link HttpClient}: every endpoint,
 * every error status, a body over the limit, a client that stalls, a graceful stop. The expected scores come
 * from the conformance cases' hand computations (band-70: one member at 70 on sheet 1, 4★; council-majority-gate:
 * 100, 100, 99 with m3 below 1.3's 5★ gate, 5★ under a strict majority, 4★ when every member must meet it).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The JVM-wide read timeout of these tests (the JDK server reads it once). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
    static final long MAX_BODY = 256 * 1024;

    static OcopServer server;
    static HttpClient client;
    static String base;
    static JsonNode openapi;
    static String band70;
    static String badChoice;

    @BeforeAll
    static void start() throws Exception {
        server = OcopServer.start(config(0));
        base = "http://127.0.0.1:" + server.address().getPort();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        openapi = JSON.readTree(get("/openapi.json").body());
        band70 = JSON.writeValueAsString(example("/v1/score", "single"));
        badChoice = JSON.writeValueAsString(example("/v1/score", "invalid"));
    }

    static OcopServer.Config config(int port) {
        return new OcopServer.Config("127.0.0.1", port, MAX_BODY, READ_TIMEOUT, 4, 16, Duration.ofSeconds(30),
                List.of());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static JsonNode example(String path, String name) {
        return openapi.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path(name).path("value");
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** A problem document: its status, type and title, and nothing of the server's insides. */
    static JsonNode problem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode doc = json(response);
        assertThat(doc.path("type").asText()).isEqualTo("urn:ocop:problem:" + type);
        assertThat(doc.path("status").asInt()).isEqualTo(status);
        assertThat(doc.path("title").asText()).isNotBlank();
        assertThat(doc.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", ".java", "/work/", "/tmp/", "/home/",
                System.getProperty("user.dir"));
        return doc;
    }

    // ------------------------------------------------------------------------------------------- score

    @Test
    void scoresOneEvaluation() throws Exception {
        HttpResponse<String> r = post("/v1/score", "application/json", band70);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode doc = json(r);
        assertThat(doc.path("type").asText()).isEqualTo("scoreResult");
        assertThat(doc.path("averageScore").decimalValue()).isEqualByComparingTo("70");
        assertThat(doc.path("band").asInt()).isEqualTo(4);
        assertThat(doc.path("stars").asInt()).isEqualTo(4);
    }

    @Test
    void scoresAnArrayWithPerItemErrorsAsTheCommandLine() throws Exception {
        // as `ocop score --json` on several files: per item its ScoreResult document, or the error object
        // {"file", "pointer", "message"} of an item that reads but that scoring refuses (option 9 of 1.1)
        HttpResponse<String> r = post("/v1/score", "application/json", "[" + band70 + ",\n" + badChoice + "]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode entries = json(r);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("type").asText()).isEqualTo("scoreResult");
        assertThat(entries.get(0).path("stars").asInt()).isEqualTo(4);
        JsonNode error = entries.get(1);
        assertThat(error.path("file").asText()).isEqualTo("item 1");
        assertThat(error.path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
        assertThat(error.path("message").asText()).contains("option 9");
        assertThat(error.has("type")).isFalse();
    }

    @Test
    void anArrayWithAnElementTheLibraryCannotReadIs400() throws Exception {
        ObjectNode noName = (ObjectNode) JSON.readTree(band70);
        ((ObjectNode) noName.path("product")).remove("name");
        JsonNode doc = problem(post("/v1/score", "application/json", "[" + band70 + ", " + noName + "]"), 400,
                "invalid-document");
        assertThat(doc.path("pointer").asText()).startsWith("/1/product");
        JsonNode lines = problem(post("/v1/score", "application/x-ndjson", band70 + "\n" + noName + "\n"), 400,
                "invalid-document");
        assertThat(lines.path("pointer").asText()).startsWith("/1/product");
        assertThat(json(post("/v1/score", "application/json", "[]"))).isEmpty();
    }

    @Test
    void scoresJsonLines() throws Exception {
        String lines = JSON.readTree(band70) + "\n\n" + JSON.readTree(badChoice) + "\n";
        HttpResponse<String> r = post("/v1/score", "application/x-ndjson", lines);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<String> out = r.body().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(JSON.readTree(out.get(0)).path("type").asText()).isEqualTo("scoreResult");
        assertThat(JSON.readTree(out.get(0)).path("stars").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(out.get(1)).path("file").asText()).isEqualTo("item 1");
        assertThat(JSON.readTree(out.get(1)).path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
    }

    @Test
    void policyOptionsChangeTheGateRule() throws Exception {
        String council;
        try (InputStream in = ServeTest.class.getResourceAsStream("council-majority-gate.json")) {
            council = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode majority = json(post("/v1/score", "application/json", council));
        assertThat(majority.path("stars").asInt()).isEqualTo(5);
        JsonNode all = json(post("/v1/score?policy=gates:ALL_MEMBERS", "application/json", council));
        assertThat(all.path("stars").asInt()).isEqualTo(4);
        JsonNode also = json(post("/v1/score?policy=maxSpread:10&policy=gates:all_members", "application/json", council));
        assertThat(also.path("stars").asInt()).isEqualTo(4);

        problem(post("/v1/score?policy=gates:SOMETIMES", "application/json", council), 400, "bad-request");
        assertThat(problem(post("/v1/score?policy=quorate:yes", "application/json", council), 400, "bad-request")
                .path("detail").asText()).contains("quorate");
        problem(post("/v1/score?policy=gates", "application/json", council), 400, "bad-request");
        problem(post("/v1/score?rulebook=QD-9-2099", "application/json", council), 400, "bad-request");
    }

    @Test
    void invalidDocumentsAre400WithTheLibrarysPointers() throws Exception {
        JsonNode doc = problem(post("/v1/score", "application/json", badChoice), 400, "invalid-document");
        assertThat(doc.path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
        assertThat(doc.path("detail").asText()).contains("option 9");

        JsonNode syntax = problem(post("/v1/score", "application/json", "{\"ocopFormat\": \"1.0\", "), 400,
                "invalid-document");
        assertThat(syntax.has("pointer")).isTrue();

        ObjectNode unknownRulebook = (ObjectNode) JSON.readTree(band70);
        unknownRulebook.put("rulebookId", "QD-9-2099");
        JsonNode rb = problem(post("/v1/score", "application/json", unknownRulebook.toString()), 400, "invalid-document");
        assertThat(rb.path("pointer").asText()).isEqualTo("/rulebookId");
    }

    // --------------------------------------------------------------------------- explain, validate, report

    @Test
    void explainsInTheRequestedLanguage() throws Exception {
        HttpResponse<String> r = post("/v1/explain", "application/json", band70, "Accept-Language", "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.path("result").path("stars").asInt()).isEqualTo(4);
        assertThat(doc.path("explanation").asText()).contains("Average 70.00");
        assertThat(r.headers().firstValue("Content-Language")).hasValue("en");

        HttpResponse<String> text = post("/v1/explain", "application/json", band70, "Accept", "text/plain",
                "Accept-Language", "vi");
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(text.headers().firstValue("Content-Language")).hasValue("vi");
        assertThat(text.body()).contains("70.00");
    }

    @Test
    void problemTitlesFollowAcceptLanguage() throws Exception {
        JsonNode en = problem(get("/nowhere", "Accept-Language", "fr, en;q=0.8, vi;q=0.5"), 404, "not-found");
        JsonNode vi = problem(get("/nowhere", "Accept-Language", "vi-VN"), 404, "not-found");
        JsonNode byDefault = problem(get("/nowhere"), 404, "not-found");
        assertThat(en.path("title").asText()).isEqualTo("Not found");
        assertThat(vi.path("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(byDefault.path("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(en.path("detail").asText()).isEqualTo("No such resource; see /openapi.json.");
        assertThat(vi.path("detail").asText()).isEqualTo("Không có tài nguyên này; xem /openapi.json.");

        JsonNode tooMuchEn = problem(post("/v1/score?policy=gates", "application/json", band70, "Accept-Language",
                "en"), 400, "bad-request");
        JsonNode tooMuchVi = problem(post("/v1/score?policy=gates", "application/json", band70, "Accept-Language",
                "vi"), 400, "bad-request");
        assertThat(tooMuchEn.path("title").asText()).isEqualTo("Invalid request");
        assertThat(tooMuchEn.path("detail").asText()).startsWith("A policy parameter is name:value");
        assertThat(tooMuchVi.path("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(tooMuchVi.path("detail").asText()).startsWith("Tham số policy phải có dạng tên:giá trị");

        HttpResponse<String> invalidEn = post("/v1/score", "application/json", badChoice, "Accept-Language", "en");
        assertThat(problem(invalidEn, 400, "invalid-document").path("title").asText()).isEqualTo("Invalid document");
        assertThat(invalidEn.headers().firstValue("Content-Language")).hasValue("en");
        HttpResponse<String> invalidVi = post("/v1/score", "application/json", badChoice, "Accept-Language", "vi");
        assertThat(problem(invalidVi, 400, "invalid-document").path("title").asText())
                .isEqualTo("Tài liệu không hợp lệ");
        assertThat(invalidVi.headers().firstValue("Content-Language")).hasValue("vi");

        String extra = band70.replaceFirst("\"submittedOn\"", "\"extra\": 1, \"submittedOn\"");
        JsonNode unknownEn = problem(post("/v1/validate", "application/json", extra, "Accept-Language", "en"), 400,
                "invalid-document");
        JsonNode unknownVi = problem(post("/v1/validate", "application/json", extra, "Accept-Language", "vi"), 400,
                "invalid-document");
        assertThat(unknownEn.path("pointer").asText()).isEqualTo("/extra");
        assertThat(unknownVi.path("pointer").asText()).isEqualTo("/extra");
        assertThat(unknownEn.path("problems").path(0).path("detail").asText())
                .startsWith("unknown property 'extra' of Evaluation; known properties: ");
        assertThat(unknownVi.path("problems").path(0).path("detail").asText())
                .startsWith("thuộc tính 'extra' của Evaluation không xác định; các thuộc tính hợp lệ: ");
        assertThat(unknownVi.path("detail").asText()).contains("thuộc tính 'extra' của Evaluation không xác định");
    }

    @Test
    void validatesDocumentsOfEveryType() throws Exception {
        JsonNode ev = json(post("/v1/validate", "application/json", band70));
        assertThat(ev.path("valid").asBoolean()).isTrue();
        assertThat(ev.path("type").asText()).isEqualTo("evaluation");
        assertThat(ev.path("rulebookId").asText()).isEqualTo("QD-26-2026");
        assertThat(ev.path("sheetNumber").asInt()).isEqualTo(1);
        assertThat(ev.path("members").asInt()).isEqualTo(1);

        String result = post("/v1/score", "application/json", band70).body();
        assertThat(json(post("/v1/validate", "application/json", result)).path("type").asText()).isEqualTo("scoreResult");

        String sheetRulebook = get("/v1/rulebooks/QD-1048-2019").body();
        JsonNode rb = json(post("/v1/validate", "application/json", sheetRulebook));
        assertThat(rb.path("type").asText()).isEqualTo("rulebook");
        assertThat(rb.path("id").asText()).isEqualTo("QD-1048-2019");

        JsonNode registry = json(post("/v1/validate", "application/json", registry()));
        assertThat(registry.path("type").asText()).isEqualTo("registry");
        assertThat(registry.path("products").asInt()).isEqualTo(261);
        assertThat(registry.path("producers").asInt()).isEqualTo(178);

        JsonNode bad = problem(post("/v1/validate", "application/json", badChoice), 400, "invalid-document");
        assertThat(bad.path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
        ObjectNode noName = (ObjectNode) JSON.readTree(band70);
        ((ObjectNode) noName.path("product")).remove("name");
        JsonNode missing = problem(post("/v1/validate", "application/json", noName.toString()), 400,
                "invalid-document");
        assertThat(missing.path("pointer").asText()).startsWith("/product");
    }

    static String registry() throws IOException {
        try (InputStream in = Backend.class.getResourceAsStream(Backend.SAMPLE_REGISTRY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reportsARegistryAsJsonOrHtml() throws Exception {
        // the sample province: 261 products (48 at 4★, 213 at 3★) from 178 producers (44 enterprises,
        // 73 cooperatives, 61 business households), the counts the province reported
        HttpResponse<String> r = post("/v1/report", "application/json", registry());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.path("productCount").asInt()).isEqualTo(261);
        assertThat(doc.path("producerCount").asInt()).isEqualTo(178);
        assertThat(doc.path("recognised").path("4").asInt()).isEqualTo(48);
        assertThat(doc.path("recognised").path("3").asInt()).isEqualTo(213);
        assertThat(doc.path("producersByType").path("ENTERPRISE").asInt()).isEqualTo(44);
        assertThat(doc.path("producersByType").path("COOPERATIVE").asInt()).isEqualTo(73);
        assertThat(doc.path("producersByType").path("BUSINESS_HOUSEHOLD").asInt()).isEqualTo(61);

        HttpResponse<String> html = post("/v1/report", "application/json", registry(), "Accept", "text/html",
                "Accept-Language", "en");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "By producer type",
                "48", "213").doesNotContain("<script");

        problem(post("/v1/report?on=yesterday", "application/json", registry()), 400, "bad-request");
        JsonNode wrong = problem(post("/v1/report", "application/json", band70), 400, "invalid-document");
        assertThat(wrong.path("pointer").asText()).isNotNull();
    }

    // ----------------------------------------------------------------------------------------------- GET

    @Test
    void listsRulebooksSheetsTemplatesAndDiffs() throws Exception {
        JsonNode list = json(get("/v1/rulebooks"));
        assertThat(list.findValuesAsText("id")).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(list.get(0).path("completeness").asText()).isEqualTo("TOTALS_ONLY");
        assertThat(list.get(2).path("sheets")).hasSize(26);

        JsonNode rb = json(get("/v1/rulebooks/QD-26-2026"));
        assertThat(rb.path("type").asText()).isEqualTo("rulebook");
        assertThat(rb.path("id").asText()).isEqualTo("QD-26-2026");

        JsonNode sheet = json(get("/v1/rulebooks/QD-26-2026/sheets/8"));
        assertThat(sheet.path("number").asInt()).isEqualTo(8);
        HttpResponse<String> outline = get("/v1/rulebooks/QD-26-2026/sheets/8", "Accept", "text/plain");
        assertThat(outline.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(outline.body()).contains("QD-26-2026");

        JsonNode template = json(get("/v1/rulebooks/QD-26-2026/sheets/8/template"));
        assertThat(template.path("type").asText()).isEqualTo("evaluation");
        assertThat(template.path("memberScores").get(0).path("choices").path("1.1").asText()).contains("[0]");
        // a template still to fill in: refused by validate as `ocop validate` refuses it, with the pointer
        JsonNode unfilled = problem(post("/v1/validate", "application/json", template.toString(), "Accept-Language",
                "en"), 400, "invalid-document");
        assertThat(unfilled.path("pointer").asText()).isEqualTo("/memberScores/0/choices/1.1");
        assertThat(unfilled.path("detail").asText()).contains("criterion 1.1 is not filled in yet");

        JsonNode diff = json(get("/v1/rulebooks/QD-148-2023/diff/QD-26-2026/sheets/8"));
        assertThat(diff.path("fromRulebook").asText()).isEqualTo("QD-148-2023");
        assertThat(diff.path("toRulebook").asText()).isEqualTo("QD-26-2026");
        assertThat(diff.path("sheetNumber").asInt()).isEqualTo(8);
        assertThat(diff.path("added").size() + diff.path("removed").size() + diff.path("changed").size()).isPositive();
        assertThat(get("/v1/rulebooks/QD-148-2023/diff/QD-26-2026/sheets/8", "Accept", "text/plain",
                "Accept-Language", "en").body()).startsWith("Sheet 8: QD-148-2023 → QD-26-2026");
        assertThat(get("/v1/rulebooks/QD-148-2023/diff/QD-26-2026/sheets/8", "Accept", "text/plain").body())
                .startsWith("Phiếu 8: QD-148-2023 → QD-26-2026");

        assertThat(get("/schemas/evaluation.schema.json").body()).contains("urn:ocop:schema:1.0:evaluation");
        assertThat(json(get("/health")).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void unknownThingsAre404() throws Exception {
        problem(get("/"), 404, "not-found");
        problem(get("/v2/score"), 404, "not-found");
        problem(get("/v1/rulebooks/QD-9-2099"), 404, "not-found");
        problem(get("/v1/rulebooks/QD-26-2026/sheets/27"), 404, "not-found");
        problem(get("/v1/rulebooks/QD-26-2026/sheets/eight"), 404, "not-found");
        problem(get("/v1/rulebooks/QD-1048-2019/sheets/8"), 404, "not-found"); // totals only: no sheets
        problem(get("/v1/rulebooks/QD-26-2026/diff/QD-1/sheets/8"), 404, "not-found");
        problem(get("/schemas/nothing.schema.json"), 404, "not-found");
    }

    @Test
    void wrongMethodsAre405WithAllow() throws Exception {
        HttpResponse<String> r = get("/v1/score");
        problem(r, 405, "method-not-allowed");
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> health = post("/health", "application/json", "{}");
        problem(health, 405, "method-not-allowed");
        assertThat(health.headers().firstValue("Allow")).hasValue("GET");
        HttpRequest delete = HttpRequest.newBuilder(URI.create(base + "/v1/rulebooks")).DELETE().build();
        problem(client.send(delete, HttpResponse.BodyHandlers.ofString()), 405, "method-not-allowed");
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String big = "[" + (band70 + ",").repeat((int) (MAX_BODY / band70.length()) + 1) + band70 + "]";
        assertThat(big.length()).isGreaterThan((int) MAX_BODY);
        JsonNode doc = problem(post("/v1/score", "application/json", big), 413, "body-too-large");
        assertThat(doc.path("detail").asText()).contains(String.valueOf(MAX_BODY));

        // without a Content-Length (chunked): read up to the limit, then refused
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "/v1/score"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        problem(client.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "body-too-large");
        // and the server still serves
        assertThat(post("/v1/score", "application/json", band70).statusCode()).isEqualTo(200);
    }

    @Test
    void contentThatIsNotJsonIs415() throws Exception {
        problem(post("/v1/score", "text/plain", band70), 415, "unsupported-media-type");
        problem(post("/v1/validate", "application/x-ndjson", band70), 415, "unsupported-media-type");
        problem(post("/v1/report", "application/xml", "<registry/>"), 415, "unsupported-media-type");
        HttpRequest none = HttpRequest.newBuilder(URI.create(base + "/v1/explain"))
                .POST(HttpRequest.BodyPublishers.ofString(band70)).build();
        problem(client.send(none, HttpResponse.BodyHandlers.ofString()), 415, "unsupported-media-type");
        assertThat(post("/v1/validate", "application/json; charset=utf-8", band70).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------- slow clients and shutdown

    @Test
    void aClientThatStallsIsTimedOutWhileOthersAreServed() throws Exception {
        try (Socket headersOnly = new Socket(); Socket halfHeaders = new Socket()) {
            headersOnly.connect(server.address(), 30_000);
            headersOnly.setSoTimeout(60_000);
            send(headersOnly, "POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"ocopFormat\": ");
            halfHeaders.connect(server.address(), 30_000);
            halfHeaders.setSoTimeout(60_000);
            send(halfHeaders, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            waitFor(() -> server.inFlight() >= 1);

            for (int i = 0; i < 8; i++) {
                assertThat(get("/health").statusCode()).isEqualTo(200);
                assertThat(post("/v1/score", "application/json", band70).statusCode()).isEqualTo(200);
            }
            assertThat(closedByServer(headersOnly)).as("the stalled body is timed out").isTrue();
            assertThat(closedByServer(halfHeaders)).as("the stalled headers are timed out").isTrue();
            waitFor(() -> server.inFlight() == 0);
            assertThat(get("/health").statusCode()).isEqualTo(200);
        }
    }

    static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** @return whether the server closed the connection without a complete answer (EOF or reset) */
    static boolean closedByServer(Socket socket) {
        try {
            byte[] all = socket.getInputStream().readAllBytes();
            return !new String(all, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached within 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void stopLetsRequestsInFlightFinishAndRefusesNewOnes() throws Exception {
        OcopServer own = OcopServer.start(config(0));
        InetSocketAddress at = own.address();
        byte[] body = band70.getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (Socket socket = new Socket()) {
            socket.connect(at, 30_000);
            socket.setSoTimeout(60_000);
            send(socket, "POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n");
            socket.getOutputStream().write(body, 0, half);
            socket.getOutputStream().flush();
            waitFor(() -> own.inFlight() == 1);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(own::stop);
            waitFor(own::isDraining);
            assertThat(stopping).isNotDone();
            // while the request in flight finishes, a new one is answered 503 and its connection closed
            for (String[] lang : new String[][] {{"en", "The service is stopping."}, {"vi", "Dịch vụ đang dừng."}}) {
                try (Socket late = new Socket()) {
                    late.connect(at, 30_000);
                    late.setSoTimeout(60_000);
                    send(late, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: " + lang[0] + "\r\n\r\n");
                    String refused = new String(late.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(refused).startsWith("HTTP/1.1 503").containsIgnoringCase("connection: close")
                            .contains("urn:ocop:problem:unavailable", lang[1]);
                }
            }
            assertThat(stopping).isNotDone();
            socket.getOutputStream().write(body, half, body.length - half);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"valid\"");
            stopping.get(60, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> {
            try (Socket late = new Socket()) {
                late.connect(at, 30_000);
                send(late, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                late.setSoTimeout(30_000);
                if (late.getInputStream().read() == -1) {
                    throw new ConnectException("closed");
                }
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void servesRulebookFilesBesideTheShippedOnes(@TempDir Path dir) throws Exception {
        ObjectNode own = (ObjectNode) json(get("/v1/rulebooks/QD-26-2026"));
        own.put("id", "PROVINCE-TEST-2026").put("completeness", "PROVINCIAL");
        Path file = dir.resolve("rulebook.json");
        Files.writeString(file, own.toString(), StandardCharsets.UTF_8);
        try (OcopServer withFile = OcopServer.start(new OcopServer.Config("127.0.0.1", 0, MAX_BODY, READ_TIMEOUT, 2,
                4, Duration.ofSeconds(30), List.of(file)))) {
            String at = "http://127.0.0.1:" + withFile.address().getPort();
            HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(at + "/v1/rulebooks")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(list.body()).findValuesAsText("id")).contains("QD-26-2026", "PROVINCE-TEST-2026");
            ObjectNode ev = (ObjectNode) JSON.readTree(band70);
            ev.put("rulebookId", "PROVINCE-TEST-2026");
            HttpResponse<String> scored = client.send(HttpRequest.newBuilder(URI.create(at + "/v1/score"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ev.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
            assertThat(JSON.readTree(scored.body()).path("stars").asInt()).isEqualTo(4);
            ((ObjectNode) ev.path("memberScores").get(0).path("choices")).put("1.1", 9);
            HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(at + "/v1/score"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ev.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(problem(bad, 400, "invalid-document").path("pointer").asText())
                    .isEqualTo("/memberScores/0/choices/1.1");
        }
        Files.writeString(file, "{\"ocopFormat\": \"1.0\", \"type\": \"rulebook\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OcopServer.start(new OcopServer.Config("127.0.0.1", 0, MAX_BODY, READ_TIMEOUT, 2, 4,
                Duration.ofSeconds(30), List.of(file)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rulebook.json");
    }

    @Test
    void isACommandOfTheCommandLine() {
        java.io.StringWriter out = new java.io.StringWriter();
        int status = org.ocop.examples.cli.OcopCli.run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()), "serve", "--help");
        assertThat(status).isZero();
        assertThat(out.toString()).contains("--port", "--bind", "--rulebook-file", "--max-body", "--read-timeout",
                "--max-concurrent", "127.0.0.1");
    }

    @Test
    void rejectsBadConfigurations() {
        assertThatThrownBy(() -> new OcopServer.Config("127.0.0.1", 70000, 1, READ_TIMEOUT, 1, 1, Duration.ZERO,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OcopServer.Config("127.0.0.1", 0, 0, READ_TIMEOUT, 1, 1, Duration.ZERO,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OcopServer.Config("127.0.0.1", 0, 1, Duration.ofMillis(10), 1, 1, Duration.ZERO,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(OcopServer.Config.defaults(8080).bind()).isEqualTo("127.0.0.1");
    }
}
