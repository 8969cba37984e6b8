package org.ocop.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET /openapi.json}: valid against the OpenAPI 3.1 schema (shipped as a test resource: OAI's published
 * schema, 2022-10-07, no network), and every example request in it answered as documented — the status its
 * {@code x-status} names, a body valid against the documented response schema (the ocop-json schemas fetched
 * from the server itself, as a client resolving the document's references would), and the members of the
 * response example of the same name.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static OcopServer server;
    static HttpClient client;
    static String base;
    static String openapiText;
    static JsonNode openapi;
    static SchemaRegistry schemas;

    @BeforeAll
    static void start() throws Exception {
        server = OcopServer.start(ServeTest.config(0));
        base = "http://127.0.0.1:" + server.address().getPort();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        openapiText = r.body();
        openapi = JSON.readTree(openapiText);
        // every reference is resolved against the server: the document itself and the schemas it serves
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.startsWith(base) ? fetch(iri) : null));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String fetch(String iri) {
        try {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(iri.replaceFirst("#.*", ""))).GET());
            assertThat(r.statusCode()).as("GET %s", iri).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Schema openApi31() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("openapi-3.1-schema-2022-10-07.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void isValidOpenApi31() throws IOException {
        Schema schema = openApi31();
        assertThat(openapi.path("openapi").asText()).startsWith("3.1.");
        assertThat(schema.validate(openapiText, InputFormat.JSON)).isEmpty();

        ObjectNode broken = openapi.deepCopy();
        broken.remove("info");
        ((ObjectNode) broken.path("paths").path("/health").path("get")).remove("responses");
        assertThat(schema.validate(broken)).as("the validator does check").isNotEmpty();
    }

    @Test
    void referencesTheShippedJsonSchemas() {
        List<String> refs = openapi.findValuesAsText("$ref");
        assertThat(refs).contains("schemas/evaluation.schema.json", "schemas/scoreResult.schema.json",
                "schemas/rulebook.schema.json");
        for (String ref : refs) {
            if (!ref.startsWith("#")) {
                assertThat(fetch(base + "/" + ref)).as(ref).contains("\"$schema\"");
            }
        }
    }

    @Test
    void everyExampleRequestIsAnsweredAsDocumented() throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().path("post");
            for (Iterator<Map.Entry<String, JsonNode>> ex = post.path("requestBody").path("content")
                    .path("application/json").path("examples").fields(); ex.hasNext();) {
                Map.Entry<String, JsonNode> example = ex.next();
                JsonNode spec = example.getValue();
                String query = spec.path("x-query").asText("");
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path.getKey()
                        + (query.isEmpty() ? "" : "?" + query))).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(spec.path("value").toString())));
                String what = "POST " + path.getKey() + " example " + example.getKey();
                assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(spec.path("x-status").asInt(200));
                checkAnswer(what, "/paths/" + escape(path.getKey()) + "/post", example.getKey(), r);
                checked++;
            }
            JsonNode get = path.getValue().path("get");
            if (!get.isMissingNode()) {
                String url = path.getKey();
                for (JsonNode p : parameters(get)) {
                    if (p.path("in").asText().equals("path")) {
                        url = url.replace("{" + p.path("name").asText() + "}", p.path("example").asText());
                    }
                }
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + url)).GET());
                String what = "GET " + url;
                assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(200);
                checkAnswer(what, "/paths/" + escape(path.getKey()) + "/get", "", r);
                checked++;
            }
        }
        assertThat(checked).as("examples checked").isGreaterThanOrEqualTo(16);
    }

    /** Parameters, with the document's {@code $ref}s to components resolved. */
    static List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            out.add(p.has("$ref") ? openapi.at(p.path("$ref").asText().substring(1)) : p);
        }
        return out;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    void checkAnswer(String what, String operation, String example, HttpResponse<String> r) throws IOException {
        String status = String.valueOf(r.statusCode());
        JsonNode response = openapi.at(operation + "/responses/" + status);
        assertThat(response.isMissingNode()).as(what + ": status " + status + " is documented").isFalse();
        if (response.has("$ref")) {
            response = openapi.at(response.path("$ref").asText().substring(1));
        }
        String mediaType = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
        JsonNode content = response.path("content").path(mediaType);
        assertThat(content.isMissingNode()).as(what + ": " + mediaType + " is documented").isFalse();
        if (!mediaType.endsWith("json")) {
            return;
        }
        String pointer = operation + "/responses/" + status + "/content/" + escape(mediaType) + "/schema";
        if (openapi.at(operation + "/responses/" + status).has("$ref")) {
            pointer = openapi.at(operation + "/responses/" + status).path("$ref").asText().substring(1) + "/content/"
                    + escape(mediaType) + "/schema";
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(base + "/openapi.json#" + pointer));
        List<Error> errors = schema.validate(r.body(), InputFormat.JSON);
        assertThat(errors).as(what + ": the answer is valid against " + pointer).isEmpty();
        JsonNode documented = content.path("examples").path(example).path("value");
        if (!example.isEmpty() && !documented.isMissingNode()) {
            JsonNode actual = JSON.readTree(r.body());
            for (Iterator<Map.Entry<String, JsonNode>> f = documented.fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> member = f.next();
                JsonNode value = actual.path(member.getKey());
                assertThat(value.isNumber() && member.getValue().isNumber()
                        ? value.decimalValue().compareTo(member.getValue().decimalValue()) == 0
                        : value.equals(member.getValue()))
                        .as(what + ": " + member.getKey() + " is " + member.getValue() + " as documented, got " + value)
                        .isTrue();
            }
        }
    }
}
