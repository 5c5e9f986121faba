package dev.alluxiok8s.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.master.MasterSpreading;
import dev.alluxiok8s.model.proxy.ProxyKind;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The words a spec file uses for the model's choices: Kubernetes' own where Kubernetes has one. */
class SpecSpellingTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void volumesAreSpeltAsInAPodSpec() {
    assertThat(JSON.writeValueAsString(List.of(VolumeKind.values())))
        .isEqualTo("[\"persistentVolumeClaim\",\"emptyDir\",\"hostPath\"]");
    assertThat(JSON.writeValueAsString(List.of(AccessMode.values())))
        .isEqualTo("[\"ReadWriteOnce\",\"ReadOnlyMany\",\"ReadWriteMany\",\"ReadWriteOncePod\"]");
  }

  @Test
  void workloadKindsAreSpeltAsKubernetesKinds() {
    assertThat(JSON.writeValueAsString(List.of(ProxyKind.values()))).isEqualTo("[\"DaemonSet\",\"Deployment\"]");
  }

  @Test
  void theMastersSpreadingIsALowerCaseWord() {
    assertThat(JSON.writeValueAsString(List.of(MasterSpreading.values()))).isEqualTo("[\"preferred\",\"required\"]");
  }
}
