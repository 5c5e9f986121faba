package dev.alluxiok8s.schema.spec;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The JSON Schema (draft 2020-12) of an alluxio-k8s spec file, and validation against it.
 *
 * <p>Editors use the schema for completion and inline errors: {@code alluxio-k8s schema >
 * alluxio-cluster.schema.json} writes it beside a spec, whose first line, {@link #MODELINE}, points
 * at it. A relative name keeps working wherever the spec and the schema are copied together; the
 * {@link #ID} names the schema but is not served anywhere.
 *
 * <pre>
 * # yaml-language-server: $schema=alluxio-cluster.schema.json
 * </pre>
 *
 * <p>Tools can check a document without building the model:
 *
 * <pre>{@code
 * for (Diagnostic p : SpecSchema.validate(Files.readString(Path.of("alluxio.yaml")))) {
 *   System.err.println(p);   // error: spec.masters.count: must be at most 99 [maximum]
 * }
 * }</pre>
 *
 * <p>Each problem is a {@link Diagnostic} at the attribute path, in the notation of the model's own
 * messages ({@code spec.properties."alluxio.user.file.writetype.default"}; empty for the document
 * itself), with the JSON Schema keyword that failed as its rule id ({@code additionalProperties});
 * the rule id is empty when the text could not be read as one YAML document.
 *
 * <p>The schema states every rule of a single attribute that the model checks, and the rules between
 * attributes that draft 2020-12 can ({@code if}/{@code then}, {@code maxContains}); its
 * {@code description} lists the ones it cannot, which only
 * {@link dev.alluxiok8s.schema.file.SpecReader} applies. It uses no keyword outside the 2020-12
 * vocabularies, so strict validators such as Ajv compile it as it is. The schema is compiled once,
 * on first use, with every {@code $ref} resolved up front so that no validation pays for it.
 */
public final class SpecSchema {

  /** The schema's {@code $id}: its name, not a location to download it from. */
  public static final String ID = "https://alluxio-k8s.dev/schema/v1alpha1/alluxio-cluster.schema.json";

  /** The file name {@code alluxio-k8s schema} is redirected into, beside the specs. */
  public static final String FILE_NAME = "alluxio-cluster.schema.json";

  /** A spec's first line, tying it to the schema written beside it (the YAML language server's modeline). */
  public static final String MODELINE = "# yaml-language-server: $schema=" + FILE_NAME;

  /** Where the schema is on the class path. */
  public static final String RESOURCE = "dev/alluxiok8s/schema/spec/alluxio-cluster.schema.json";

  private SpecSchema() {}

  /** The schema's text, as published. */
  public static String json() {
    return Text.JSON;
  }

  /**
   * Validates a spec document given as YAML or JSON (JSON is YAML) and returns every problem, in
   * the order the schema checks them; an empty list means the document fits the schema. Text that
   * is not exactly one YAML document yields a single problem at the root, and an alias (which
   * Jackson would read as the anchor's name) a single problem where it stands.
   */
  public static List<Diagnostic> validate(String yamlOrJson) {
    JsonNode document;
    try {
      Optional<Diagnostic> hidden = Compiled.refuseHidden(yamlOrJson);
      if (hidden.isPresent()) {
        return List.of(hidden.get());
      }
      document = Compiled.MAPPER.readTree(yamlOrJson);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return List.of(Diagnostic.error("", "not a YAML or JSON document: " + e.getOriginalMessage() + where).withRuleId(""));
    }
    if (document == null || document.isMissingNode()) {
      return List.of(Diagnostic.error("", "the document is empty").withRuleId(""));
    }
    return validate(document);
  }

  /** Validates an already parsed document. */
  public static List<Diagnostic> validate(JsonNode document) {
    List<Diagnostic> problems = new ArrayList<>();
    for (Error error : Compiled.SCHEMA.validate(document)) {
      problems.add(toProblem(error));
    }
    return problems;
  }

  private static Diagnostic toProblem(Error error) {
    String path = pathOf(error.getInstanceLocation());
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    // networknt reports an unknown or a missing field at its parent object; the author wants
    // the field itself, as the model's messages name it.
    if (error.getProperty() != null && (keyword.equals("additionalProperties") || keyword.equals("required"))) {
      String field = PathJoiner.key(path, error.getProperty());
      String message = keyword.equals("required") ? "is required" : "unknown field \"" + error.getProperty() + "\"";
      return Diagnostic.error(field, message).withRuleId(keyword);
    }
    return Diagnostic.error(path, messageOf(error)).withRuleId(keyword);
  }

  /** networknt's message without its own {@code $.a.b: } location prefix. */
  private static String messageOf(Error error) {
    String message = error.getMessage();
    String prefix = error.getInstanceLocation() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String pathOf(NodePath location) {
    String path = "";
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? PathJoiner.index(path, index) : PathJoiner.key(path, String.valueOf(element));
    }
    return path;
  }

  /**
   * The text alone, apart from {@link Compiled}: {@code alluxio-k8s schema} prints it, and
   * compiling the schema would load the validator's ~230 classes for nothing.
   */
  private static final class Text {

    static final String JSON = readResource();

    private static String readResource() {
      try (InputStream in = SpecSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path; the alluxio-k8s-schema jar is incomplete");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Holder idiom: the schema is compiled and preloaded on first use, once. */
  private static final class Compiled {

    static final YAMLMapper MAPPER = mapper(ReadLimits.defaults());
    static final Schema SCHEMA = compile();

    private static Schema compile() {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder()
          .locale(Locale.ENGLISH) // messages must not depend on the JVM's locale
          .preloadSchema(true)
          .build();
      // Registering the text under its $id keeps every $ref local: nothing is fetched.
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(Map.of(ID, Text.JSON)).schemaRegistryConfig(config));
      Schema schema = registry.getSchema(SchemaLocation.of(ID));
      // Resolving the $refs now costs ~0.4 s once instead of on the first validation.
      schema.initializeValidators();
      return schema;
    }

    /** YAML 1.2 through Jackson, with the same bounds as spec reading. */
    private static YAMLMapper mapper(ReadLimits limits) {
      YAMLFactory factory = YAMLFactory.builder()
          .streamReadConstraints(limits.streamReadConstraints())
          .build();
      return YAMLMapper.builder(factory).build();
    }

    /**
     * What a tree read would hide: an alias, which Jackson reads as the string "name" of
     * {@code *name}, and a second document, which it would leave unread and so unchecked.
     */
    static Optional<Diagnostic> refuseHidden(String text) {
      int documents = 0;
      try (YAMLParser parser = (YAMLParser) MAPPER.createParser(text)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (parser.isCurrentAlias()) {
            return Optional.of(Diagnostic.error(pathOf(parser.streamReadContext()), "aliases (*" + parser.getString() + ") are not supported in a spec file; write the value out").withRuleId(""));
          }
          // A START_OBJECT or START_ARRAY has already entered its own context.
          TokenStreamContext context = token.isStructStart() ? parser.streamReadContext().getParent() : parser.streamReadContext();
          boolean startsRootValue = context != null && context.inRoot() && !token.isStructEnd();
          if (startsRootValue && ++documents > 1) {
            return Optional.of(Diagnostic.error("", "the text holds more than one YAML document (line "
                + parser.currentTokenLocation().getLineNr() + "); a spec file holds exactly one cluster").withRuleId(""));
          }
        }
      }
      return Optional.empty();
    }

    /** The path of the parser's current value, from its chain of read contexts. */
    private static String pathOf(TokenStreamContext context) {
      List<TokenStreamContext> chain = new ArrayList<>();
      for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        chain.add(0, c);
      }
      String path = "";
      for (TokenStreamContext c : chain) {
        path = c.inArray() ? PathJoiner.index(path, c.getCurrentIndex()) : PathJoiner.key(path, c.currentName());
      }
      return path;
    }
  }
}
