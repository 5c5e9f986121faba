package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value the model refuses is reported at the values key it was read from, not at the top of the
 * file: each case breaks one model attribute and names the key (line, column, path) the error points at.
 */
class ModelProblemPlacementTest {

  static Stream<Arguments> brokenAttributes() {
    return Stream.of(
        Arguments.of(ChartLine.V0_5, "user: -1\n", "config.yaml:3:1: error: user: "),
        Arguments.of(ChartLine.V0_5, "group: -1\n", "config.yaml:3:1: error: group: "),
        Arguments.of(ChartLine.V0_5, "fsGroup: -1\n", "config.yaml:3:1: error: fsGroup: "),
        Arguments.of(ChartLine.V0_5, "secrets:\n  master:\n    Bad_Name: /secrets/x\n", "config.yaml:4:3: error: secrets.master: "),
        Arguments.of(ChartLine.V0_5, "secrets:\n  worker:\n    Bad_Name: /secrets/x\n", "config.yaml:4:3: error: secrets.worker: "),
        Arguments.of(ChartLine.V0_5, "journal:\n  folder: relative\n", "config.yaml:4:3: error: journal.folder: "),
        Arguments.of(ChartLine.V0_5, "  alluxio.master.journal.folder: relative\n",
            "config.yaml:3:3: error: properties.\"alluxio.master.journal.folder\": "),
        Arguments.of(ChartLine.V0_6, "fuse:\n  enabled: true\n  mountPoint: relative\n", "config.yaml:5:3: error: fuse.mountPoint: "),
        Arguments.of(ChartLine.V0_5, "image: 'Bad Repo'\n", "config.yaml:3:1: error: image: "),
        Arguments.of(ChartLine.V0_5, "imageTag: 'bad tag'\n", "config.yaml:3:1: error: imageTag: "),
        Arguments.of(ChartLine.V0_5, "fuse:\n  image: 'Bad Repo'\n", "config.yaml:4:3: error: fuse.image: "),
        Arguments.of(ChartLine.V0_5, "fuse:\n  imageTag: 'bad tag'\n", "config.yaml:4:3: error: fuse.imageTag: "),
        Arguments.of(ChartLine.V0_6, "imagePullSecrets: [Bad_Name]\n", "config.yaml:3:20: error: imagePullSecrets[0]: "),
        Arguments.of(ChartLine.V0_6, "metastore:\n  mountPath: relative\n", "config.yaml:4:3: error: metastore.mountPath: "));
  }

  @ParameterizedTest
  @MethodSource("brokenAttributes")
  void aModelProblemPointsAtTheKeyItWasReadFrom(ChartLine line, String yaml, String expectedStart) {
    assertThat(errors(line, yaml)).anySatisfy(e -> assertThat(e).startsWith(expectedStart));
  }
}
