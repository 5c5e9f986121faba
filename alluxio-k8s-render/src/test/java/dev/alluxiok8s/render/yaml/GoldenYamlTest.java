package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every {@code NAME.input} (a JSON tree) under {@code src/test/resources/dev/alluxiok8s/render/yaml}
 * must write exactly {@code NAME.output}. Add a pair to add a case.
 */
class GoldenYamlTest {

  private final YamlWriter yaml = new YamlWriter();

  static Stream<String> goldenCases() {
    return Golden.inputNames();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void writesTheExpectedYaml(String name) {
    Map<String, Object> tree = jsonTree(Golden.read(name + ".input"));

    Golden.assertMatches(name + ".output", yaml.writeTree(tree));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void readingTheOutputBackAndWritingItAgainChangesNothing(String name) {
    String once = yaml.writeTree(jsonTree(Golden.read(name + ".input")));

    String twice = yaml.writeTree(jsonTree(once));

    assertThat(twice).isEqualTo(once);
  }

  /** JSON is YAML 1.2, so snakeyaml-engine's loader reads it into an insertion-ordered tree. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonTree(String json) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
  }
}
