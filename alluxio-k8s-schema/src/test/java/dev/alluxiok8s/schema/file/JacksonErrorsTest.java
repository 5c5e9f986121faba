package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import static dev.alluxiok8s.schema.file.SpecFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.model.AlluxioCluster;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Translations of binding errors that the first pass normally prevents from happening: here the
 * first pass is bypassed, so the translation itself is what is tested.
 */
class JacksonErrorsTest {

  private static List<String> bindWithoutScan(String text) {
    ReadLimits limits = ReadLimits.defaults();
    JacksonException e = catchThrowableOfType(JacksonException.class,
        () -> SpecMapper.create(limits).readValue(text, AlluxioCluster.class));
    assertThat(e).as("binding must fail").isNotNull();
    return new JacksonErrors(DocumentScan.of("spec.yaml", text, limits)).translate(e).stream().map(d -> DiagnosticFormat.line(d, "")).toList();
  }

  @Test
  void aNullListItemBecomesAProblemAtTheList() {
    assertThat(bindWithoutScan(HEADER + "  hostAliases:\n    - ip: 10.0.0.1\n      hostnames: [a, null]\n"))
        .containsExactly("spec.yaml:10:7: error: spec.hostAliases[0].hostnames: has no value; give one, or remove it");
  }

  @Test
  void aNullMapValueBecomesAProblemAtItsKey() {
    assertThat(bindWithoutScan(HEADER + "  properties:\n    alluxio.user.app.id: null\n"))
        .containsExactly("spec.yaml:9:5: error: spec.properties.\"alluxio.user.app.id\": has no value; give one, or remove it");
  }
}
