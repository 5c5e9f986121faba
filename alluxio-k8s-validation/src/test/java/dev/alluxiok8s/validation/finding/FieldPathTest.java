package dev.alluxiok8s.validation.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  @Test
  void rendersLikeTheApiServer() {
    FieldPath p = FieldPath.ROOT.field("spec").field("template").field("spec").field("containers").index(0)
        .field("ports").index(1).field("name");
    assertThat(p).hasToString("spec.template.spec.containers[0].ports[1].name");
    assertThat(FieldPath.ROOT.field("metadata").field("labels").field("app.kubernetes.io/name"))
        .hasToString("metadata.labels['app.kubernetes.io/name']");
    assertThat(FieldPath.ROOT).hasToString("");
  }

  @Test
  void thePlainKeyTestAgreesWithItsPattern() {
    List<String> keys = new ArrayList<>(List.of("", "a", "Z", "_", "$", "-", "0", "a-b", "a0", "0a", "-a", "a.b", "a/b",
        "a b", "é", "aé", "ß", "K", "app.kubernetes.io/name", "$ref", "x-kubernetes-foo", "a_$-9"));
    for (char c = 0; c < 0x180; c++) {
      keys.add(String.valueOf(c));
      keys.add("a" + c);
      keys.add(c + "a");
    }
    for (String key : keys) {
      assertThat(FieldPath.isPlainKey(key)).as(key).isEqualTo(FieldPath.PLAIN_KEY.matcher(key).matches());
    }
  }

  @Test
  void parsesWhatItRenders() {
    for (String s : List.of("spec.containers[0].ports[12].name", "metadata.annotations['a.b/c']", "kind", "data['bad key']")) {
      assertThat(FieldPath.parse(s)).hasToString(s);
    }
  }

  @Test
  void ordersListIndexesNumerically() {
    List<String> paths = new ArrayList<>(List.of("c[10].name", "c[2].name", "c[1]", "b", "c[2].image"));
    paths.sort(FindingOrder::comparePaths);
    assertThat(paths).containsExactly("b", "c[1]", "c[2].image", "c[2].name", "c[10].name");
  }
}
