package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio master process of each master pod. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMasterProcess.class)
@JsonDeserialize(as = ImmutableMasterProcess.class)
public interface MasterProcess extends ServerProcess {

  static ImmutableMasterProcess.Builder builder() {
    return ImmutableMasterProcess.builder();
  }

  static MasterProcess defaults() {
    return builder().build();
  }
}
