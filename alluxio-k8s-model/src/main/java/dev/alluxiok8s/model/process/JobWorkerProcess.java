package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio job worker that runs beside each worker. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJobWorkerProcess.class)
@JsonDeserialize(as = ImmutableJobWorkerProcess.class)
public interface JobWorkerProcess extends ServerProcess {

  static ImmutableJobWorkerProcess.Builder builder() {
    return ImmutableJobWorkerProcess.builder();
  }

  static JobWorkerProcess defaults() {
    return builder().build();
  }
}
