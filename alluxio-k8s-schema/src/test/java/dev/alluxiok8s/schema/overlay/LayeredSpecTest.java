package dev.alluxiok8s.schema.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.schema.overlay.LayeredSpec.Layer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A layered spec is a single file until an overlay or an assignment is added, and its sources keep their order. */
class LayeredSpecTest {

  @Test
  void aSpecIsOneFileUntilSomethingIsLayeredOnIt() {
    LayeredSpec base = LayeredSpec.of(Path.of("base.yaml"));

    assertThat(base.isSingleFile()).isTrue();
    assertThat(base.overlay(Layer.text("prod.yaml", "spec: {}\n")).isSingleFile()).isFalse();
    assertThat(base.set("spec.masters.count=3").isSingleFile()).isFalse();
    assertThat(base.overlay(Path.of("prod.yaml")).set("spec.masters.count=3").sources())
        .containsExactly("base.yaml", "prod.yaml", "--set spec.masters.count=3");
  }
}
