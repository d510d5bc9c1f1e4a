package nl.leerbudget.support;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AbstractKeyword;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Open Education API v5 specification as a test oracle: checks JSON documents against the component schemas and
 * the operation responses of {@code third-party/ooapi-v5/ooapi.yaml} (OpenAPI 3.0.3, bundled; an
 * unmodified copy, see third-party/ooapi-v5/SOURCE.md).
 *
 * <pre>{@code
 * private static final OoapiSpec OOAPI = OoapiSpec.v5();
 * assertThat(OOAPI.violations("Course", json)).isEmpty();
 * assertThat(OOAPI.responseViolations("/courses", "get", 200, response.body())).isEmpty();
 * }</pre>
 *
 * <p>Validation uses the OpenAPI 3.0 schema dialect of networknt json-schema-validator, with OpenAPI 3.0 semantics:
 *
 * <ul>
 *   <li>{@code $ref}s resolve within the spec ({@code #/components/schemas/...}, {@code #/components/responses/...});
 *   <li>{@code nullable: true} admits {@code null}; the v5 spec has no nullable property, so {@code null} is never
 *       valid where a type is given: leave absent values out instead;
 *   <li>{@code readOnly} and {@code writeOnly} by {@link Direction}. The spec also puts them next to a {@code $ref}
 *       ({@code primaryCode}, an association's {@code state} and {@code remoteState}), where OpenAPI 3.0 would ignore
 *       them; they are honoured there, as the spec evidently means them;
 *   <li>{@code oneOf}/{@code allOf}/{@code anyOf} as JSON Schema defines them, and {@code discriminator} as the
 *       library implements it (the v5 spec uses none). Where the spec's {@code oneOf} has alternatives that a document
 *       can match more than one of (e.g. a course offering matches both {@code CourseOffering} and
 *       {@code ProgramOffering}), that is reported, and the message names the matching alternatives;
 *   <li>the formats {@code date}, {@code date-time}, {@code uuid}, {@code uri} and {@code email} are asserted;
 *   <li>{@code x-ooapi-extensible-enum}: where the spec demands that custom values carry the {@code x-} prefix (its
 *       description of {@code codeType} says "Use `x-` to prefix custom values"), any value outside the list must
 *       start with {@code x-}. Elsewhere the spec allows unprefixed additional values and the list only documents.
 * </ul>
 *
 * <p>The spec is read once per JVM and each schema is compiled once; after that a check takes milliseconds and has
 * no side effects. Violations read {@code "$.json.path: what is wrong [/pointer/to/the/rule/in/the/spec]"}, sorted.
 */
public final class OoapiSpec {

    /** The bundled spec, relative to the project root (the working directory of Maven tests). */
    public static final Path SPEC = Path.of("third-party/ooapi-v5/ooapi.yaml");

    /** The example payloads that come with the spec. */
    public static final Path EXAMPLES = Path.of("third-party/ooapi-v5/examples");

    /** Which side of the API a document comes from, for {@code readOnly} and {@code writeOnly}. */
    public enum Direction {
        /**
         * A document the API serves: a read API response, or a resource as an endpoint would serve it (such as an
         * import fixture). {@code readOnly} properties are required where listed; {@code writeOnly} properties must be
         * absent and are not required.
         */
        RESPONSE,
        /**
         * A document a client sends: {@code readOnly} properties must be absent and are not required;
         * {@code writeOnly} properties are required where listed.
         */
        REQUEST
    }

    private static final String BASE = "https://leerbudget.test/ooapi-v5/ooapi.yaml";
    private static final String DIALECT = "https://leerbudget.test/ooapi-v5/dialect";
    private static final String EXTENSIBLE_ENUM = "x-ooapi-extensible-enum";
    private static final String SCHEMAS = "#/components/schemas/";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Schema root;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OoapiSpec(JsonNode spec) {
        this.document = honourSiblingsOfRefs(spec.deepCopy());
        Dialect dialect = Dialect.builder(DIALECT, Dialects.getOpenApi30())
                .keyword(new ExtensibleEnum())
                // openapi, info, paths, x-logo, ...: documentation, not validation (and no warning for each)
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        this.registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemaRegistryConfig(config));
        this.root = registry.getSchema(SchemaLocation.of(BASE), document);
    }

    /** The OOAPI v5 spec, read and cached on first use. */
    public static OoapiSpec v5() {
        return V5.SPEC;
    }

    private static final class V5 {
        static final OoapiSpec SPEC = of(read(OoapiSpec.SPEC));

        private static String read(Path path) {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot read the OOAPI spec at " + path.toAbsolutePath().normalize(), e);
            }
        }
    }

    /** Any OpenAPI 3.0 document (YAML or JSON), checked the same way; for testing this class. */
    static OoapiSpec of(String openApi) {
        return new OoapiSpec(YAMLMapper.builder().build().readTree(openApi));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Component schemas

    /**
     * Violations of {@code #/components/schemas/{schemaName}} by a document the API serves
     * ({@link Direction#RESPONSE}); empty when it conforms.
     *
     * @throws IllegalArgumentException if the spec has no such schema
     */
    public List<String> violations(String schemaName, String json) {
        return violations(schemaName, json, Direction.RESPONSE);
    }

    public List<String> violations(String schemaName, JsonNode json) {
        return violations(schemaName, json, Direction.RESPONSE);
    }

    public List<String> violations(String schemaName, String json, Direction direction) {
        return check(componentSchema(schemaName), json, direction);
    }

    public List<String> violations(String schemaName, JsonNode json, Direction direction) {
        return check(componentSchema(schemaName), json, direction);
    }

    /**
     * Violations of the paginated list envelope with items of {@code #/components/schemas/{itemSchemaName}}. The spec
     * names no schema for these envelopes: each list operation declares, inline, {@code allOf: [Pagination, {type:
     * object, required: [items], properties: {items: {type: array, items: ItemSchema}, ext: Ext}}]}, and this builds
     * exactly that. For a list operation whose items are a {@code oneOf}, use {@link #responseViolations}.
     */
    public List<String> pageViolations(String itemSchemaName, String json) {
        return check(pageSchema(itemSchemaName), json, Direction.RESPONSE);
    }

    public List<String> pageViolations(String itemSchemaName, JsonNode json) {
        return check(pageSchema(itemSchemaName), json, Direction.RESPONSE);
    }

    /** The names of the component schemas in the spec. */
    public Set<String> schemaNames() {
        Set<String> names = new TreeSet<>();
        names.addAll(document.path("components").path("schemas").propertyNames());
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Operations

    /**
     * Violations of the response body the spec defines for an operation, e.g. {@code ("/courses", "get", 200)} or
     * {@code ("/courses/{courseId}", "get", 404)}, with {@code path} the path template as the spec writes it. An
     * undefined status falls back to the operation's {@code default} response. The media type is
     * {@code application/json} when the response has it, otherwise its only one (the error responses are
     * {@code application/problem+json}).
     *
     * @throws IllegalArgumentException if the spec defines no such operation, response or response body
     */
    public List<String> responseViolations(String path, String method, int status, String json) {
        return check(responseSchema(path, method, status), json, Direction.RESPONSE);
    }

    public List<String> responseViolations(String path, String method, int status, JsonNode json) {
        return check(responseSchema(path, method, status), json, Direction.RESPONSE);
    }

    /**
     * The JSON pointer, within the spec, of the response body schema of an operation (see
     * {@link #responseViolations}), e.g. {@code /paths/~1courses/get/responses/200/content/application~1json/schema}.
     */
    public String responseSchemaPointer(String path, String method, int status) {
        return pointer(responsePath(path, method, status));
    }

    /** The node at a JSON pointer in the spec, e.g. {@code /components/schemas/Course}. */
    public JsonNode node(String jsonPointer) {
        JsonNode node = document.at(jsonPointer);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("Nothing in the OOAPI spec at " + jsonPointer);
        }
        return node;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Schema componentSchema(String schemaName) {
        if (!document.path("components").path("schemas").has(schemaName)) {
            throw new IllegalArgumentException(
                    "The OOAPI spec has no schema '" + schemaName + "'; it has " + schemaNames());
        }
        return compiled.computeIfAbsent(
                SCHEMAS + schemaName, key -> root.getRefSchema(path("components", "schemas", schemaName)));
    }

    private Schema pageSchema(String itemSchemaName) {
        componentSchema(itemSchemaName); // fails clearly on an unknown name
        return compiled.computeIfAbsent("page of " + itemSchemaName, key -> {
            ObjectNode page = JsonNodeFactory.instance.objectNode();
            ArrayNode allOf = page.putArray("allOf");
            allOf.addObject().put("$ref", SCHEMAS + "Pagination");
            ObjectNode list = allOf.addObject().put("type", "object");
            list.putArray("required").add("items");
            ObjectNode properties = list.putObject("properties");
            properties
                    .putObject("items")
                    .put("type", "array")
                    .putObject("items")
                    .put("$ref", SCHEMAS + itemSchemaName);
            properties.putObject("ext").put("$ref", SCHEMAS + "Ext");
            // A subschema of the spec document, so that its $refs resolve there.
            return registry.create(
                    root.getSchemaContext(), SchemaLocation.of(BASE + "#/pages/" + itemSchemaName), page, root);
        });
    }

    private NodePath responsePath(String path, String method, int status) {
        String verb = method.toLowerCase(Locale.ROOT);
        String operation = verb.toUpperCase(Locale.ROOT) + " " + path;
        JsonNode responses = document.path("paths").path(path).path(verb).path("responses");
        if (responses.isMissingNode()) {
            throw new IllegalArgumentException("The OOAPI spec has no operation " + operation);
        }
        String code = Integer.toString(status);
        if (!responses.has(code)) {
            if (!responses.has("default")) {
                throw new IllegalArgumentException("The OOAPI spec defines no " + code + " response for " + operation
                        + "; it has " + responses.propertyNames());
            }
            code = "default";
        }
        NodePath at = path("paths", path, verb, "responses", code);
        JsonNode response = responses.get(code);
        if (response.has("$ref")) { // e.g. #/components/responses/ErrorNotFound
            at = parseRef(response.get("$ref").asString());
            response = document.at(pointer(at));
        }
        JsonNode content = response.path("content");
        String mediaType;
        if (content.has("application/json")) {
            mediaType = "application/json";
        } else if (content.size() == 1) {
            mediaType = content.propertyNames().iterator().next();
        } else {
            throw new IllegalArgumentException("The " + code + " response of " + operation
                    + " has no single JSON body in the OOAPI spec: " + content.propertyNames());
        }
        return at.append("content").append(mediaType).append("schema");
    }

    private Schema responseSchema(String path, String method, int status) {
        NodePath at = responsePath(path, method, status);
        return compiled.computeIfAbsent(pointer(at), key -> root.getRefSchema(at));
    }

    private List<String> check(Schema schema, String json, Direction direction) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of("$: not a valid JSON document: " + e.getOriginalMessage());
        }
        return check(schema, node, direction);
    }

    private List<String> check(Schema schema, JsonNode json, Direction direction) {
        Consumer<ExecutionContext> mode =
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)
                        .readOnly(direction == Direction.REQUEST)
                        .writeOnly(direction == Direction.RESPONSE));
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(json, mode)) {
            violations.add(describe(error));
        }
        violations.sort(null);
        return List.copyOf(violations);
    }

    private String describe(Error error) {
        String message = error.getMessage();
        String rule = String.valueOf(error.getSchemaLocation().getFragment());
        if ("oneOf.indexes".equals(error.getMessageKey())) {
            message += matchingAlternatives(error, rule);
        }
        return error.getInstanceLocation() + ": " + message + " [" + rule + "]";
    }

    /** For a oneOf that more than one alternative matched: which ones, by name. */
    private String matchingAlternatives(Error error, String rule) {
        JsonNode alternatives = error.getSchemaNode();
        Object[] arguments = error.getArguments();
        if (alternatives == null || !alternatives.isArray() || arguments == null || arguments.length < 2) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String index : String.valueOf(arguments[1]).split(",\\s*")) {
            JsonNode alternative = alternatives.path(Integer.parseInt(index.trim()));
            String ref = alternative.path("$ref").asString("");
            names.add(ref.isEmpty() ? "alternative " + index : ref.substring(ref.lastIndexOf('/') + 1));
        }
        boolean discriminated = rule.endsWith("/oneOf")
                && document.at(rule.substring(0, rule.length() - "/oneOf".length()))
                        .has("discriminator");
        return " (it matches " + String.join(" and ", names)
                + (discriminated ? ")" : "; the spec's oneOf has no discriminator to tell them apart)");
    }

    /**
     * OpenAPI 3.0 ignores the siblings of a {@code $ref}, but the spec puts {@code readOnly} and {@code writeOnly}
     * there and means them. {@code {$ref: X, readOnly: true}} becomes {@code {allOf: [{$ref: X}], readOnly: true}},
     * which says just that in terms the validator applies. In memory only.
     */
    private static JsonNode honourSiblingsOfRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref") && (object.has("readOnly") || object.has("writeOnly") || object.has("nullable"))) {
                JsonNode ref = object.remove("$ref");
                object.putArray("allOf").addObject().set("$ref", ref);
            }
            object.values().forEach(OoapiSpec::honourSiblingsOfRefs);
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(OoapiSpec::honourSiblingsOfRefs);
        }
        return node;
    }

    private static NodePath path(String... names) {
        NodePath path = new NodePath(PathType.JSON_POINTER);
        for (String name : names) {
            path = path.append(name);
        }
        return path;
    }

    private static NodePath parseRef(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only $refs within the spec are supported: " + ref);
        }
        NodePath path = new NodePath(PathType.JSON_POINTER);
        for (String token : ref.substring(2).split("/", -1)) {
            path = path.append(token.replace("~1", "/").replace("~0", "~"));
        }
        return path;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * {@code x-ooapi-extensible-enum}: the listed values are the standard vocabulary. Where the schema's description
     * demands the {@code x-} prefix for custom values, a value outside the list must start with {@code x-}.
     */
    private static final class ExtensibleEnum extends AbstractKeyword {
        ExtensibleEnum() {
            super(EXTENSIBLE_ENUM);
        }

        @Override
        public KeywordValidator newValidator(
                SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema, SchemaContext schemaContext) {
            Set<String> values = new LinkedHashSet<>();
            schemaNode.values().forEach(value -> values.add(value.asString()));
            boolean prefixRequired = parentSchema
                    .getSchemaNode()
                    .path("description")
                    .asString("")
                    .contains("`x-`");
            return new BaseKeywordValidator(this, schemaNode, schemaLocation, parentSchema, schemaContext) {
                @Override
                public void validate(
                        ExecutionContext executionContext,
                        JsonNode node,
                        JsonNode rootNode,
                        NodePath instanceLocation) {
                    if (!prefixRequired || !node.isString()) {
                        return;
                    }
                    String value = node.asString();
                    if (values.contains(value) || value.startsWith("x-")) {
                        return;
                    }
                    String message = "'" + value + "' is not in the extensible enumeration " + values
                            + ", and a custom value must start with 'x-'";
                    executionContext.addError(Error.builder()
                            .keyword(EXTENSIBLE_ENUM)
                            .messageKey(EXTENSIBLE_ENUM)
                            .instanceNode(node)
                            .instanceLocation(instanceLocation)
                            .evaluationPath(executionContext.getEvaluationPath())
                            .schemaLocation(schemaLocation)
                            .schemaNode(schemaNode)
                            .messageSupplier(() -> message)
                            .build());
                }
            };
        }
    }
}
