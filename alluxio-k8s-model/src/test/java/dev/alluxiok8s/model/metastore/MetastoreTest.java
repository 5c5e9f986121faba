package dev.alluxiok8s.model.metastore;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.volume.DataVolume;
import org.junit.jupiter.api.Test;

class MetastoreTest {

  @Test
  void onTheHeapByDefault() {
    Metastore metastore = Metastore.builder().build();
    assertThat(metastore.type()).isEqualTo(MetastoreType.HEAP);
    assertThat(metastore.mountPath()).isEqualTo("/metastore");
    assertThat(metastore.volume()).isEqualTo(DataVolume.claim("1Gi"));
  }

  @Test
  void refusesAMountPathThatIsNotAbsoluteOrIsTheRoot() {
    assertThat(problemsOf("Metastore", () -> Metastore.builder().mountPath("metastore").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "mountPath", "must be an absolute path other than /, got \"metastore\""));
    assertThat(problemsOf("Metastore", () -> Metastore.builder().type(MetastoreType.ROCKS).mountPath("/").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "mountPath", "must be an absolute path other than /, got \"/\""));
  }
}
