package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributePathTest {

  @Test
  void readsBackKeysAndIndexesAsPathJoinerWritesThem() {
    String path = PathJoiner.index(PathJoiner.key(PathJoiner.key("spec", "properties"), "alluxio.user.block.size"), 2);

    assertThat(AttributePath.segments(path)).containsExactly("spec", "properties", "alluxio.user.block.size", 2);
  }

  @Test
  void keysHoldingQuotesAndBackslashesReadBackWhole() {
    // The fuzzer's spec had the top-level key `spe\`, which once ran the reader past the path's end.
    for (String key : List.of("spe\\", "say \"hi\"", "a\\\"b", "\\")) {
      String path = PathJoiner.key(PathJoiner.key("", key), "x");

      assertThat(AttributePath.segments(path)).as(path).containsExactly(key, "x");
    }
  }
}
