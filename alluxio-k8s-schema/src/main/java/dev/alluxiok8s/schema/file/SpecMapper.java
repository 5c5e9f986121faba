package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

  private static final JsonInclude.Value EMPTY_LEFT_OUT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);

  private SpecMapper() {}

  static YAMLMapper create(ReadLimits limits) {
    YAMLFactory factory = YAMLFactory.builder()
        .streamReadConstraints(limits.streamReadConstraints())
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
        // Leave out attributes that read back the same when absent (empty Optionals, collections),
        // but keep empty strings (medium: "" is a value of its own) and every entry of a map or
        // list, even an empty one (a property or label whose value is "" means something).
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        .withConfigOverride(List.class, o -> o.setInclude(EMPTY_LEFT_OUT))
        .withConfigOverride(Map.class, o -> o.setInclude(EMPTY_LEFT_OUT))
        .withConfigOverride(SortedMap.class, o -> o.setInclude(EMPTY_LEFT_OUT))
        .build();
  }
}
