package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number written in a form the binding tree cannot keep ({@code 1e3}) is never judged from the
 * tree: the problem the file itself causes, found when the text is bound, is the one reported.
 */
class LossyNumbersTest {

  private static List<Diagnostic> problems(String spec) {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create().readText("x.yaml", spec));
    assertThat(e).as("the spec must be refused").isNotNull();
    return e.diagnostics();
  }

  @Test
  void aWholeNumberWrittenWithAnExponentIsADecimalNumber() {
    List<Diagnostic> problems = problems(SpecFixtures.HEADER + "  masters:\n    count: 1e3\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("spec.masters.count");
      assertThat(p.message()).isEqualTo("expected a whole number, got a decimal number");
      assertThat(p.location().orElseThrow().line()).isEqualTo(9);
    });
  }

  @Test
  void aValuesCheckOnANumberWrittenWithAnExponentIsReportedFromTheText() {
    List<Diagnostic> problems = problems(SpecFixtures.HEADER + """
          tieredStore:
            levels:
              - alias: MEM
                lowWatermark: 1e0
                directories:
                  - {path: /dev/shm, quota: 1Gi}
        """);

    // Above 0 and below 1, and below the high watermark: the binding tree is not asked again.
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.path()).isEqualTo("spec.tieredStore.levels[0].lowWatermark");
      assertThat(p.location().orElseThrow().line()).isEqualTo(11);
    });
  }
}
