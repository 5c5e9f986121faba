package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio job master that runs beside each master. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJobMasterProcess.class)
@JsonDeserialize(as = ImmutableJobMasterProcess.class)
public interface JobMasterProcess extends ServerProcess {

  static ImmutableJobMasterProcess.Builder builder() {
    return ImmutableJobMasterProcess.builder();
  }

  static JobMasterProcess defaults() {
    return builder().build();
  }
}
