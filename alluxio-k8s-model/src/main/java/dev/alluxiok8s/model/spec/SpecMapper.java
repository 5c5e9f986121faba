package dev.alluxiok8s.model.spec;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one Jackson configuration for spec files. Jackson's defaults are lenient in ways that
 * corrupt a spec silently ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off in Jackson 3, {@code "3"}
 * becomes 3 and {@code 1.5} becomes 1), so each is turned strict here.
 */
final class SpecMapper {

  private SpecMapper() {}

  static YAMLMapper create(ReadLimits limits) {
    YAMLFactory factory = YAMLFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxScalarLength())
            .maxDocumentLength(limits.maxBytes())
            .build())
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        // Quoted strings stay strings for every YAML reader (a tag 2.10 is not the number 2.1).
        .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    return YAMLMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Immutables marks every attribute with @JsonProperty; helper methods such as
        // Journal.isLocal() must not leak into written specs.
        .changeDefaultVisibility(v -> v
            .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
            .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        // Empty attributes are left out, but never empty entries of a map or list: a property or
        // label whose value is "" means something, and so does an empty list in an affinity.
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
        .build();
  }
}
