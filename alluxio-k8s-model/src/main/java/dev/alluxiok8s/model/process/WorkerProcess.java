package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio worker process on each node. Its memory request also sizes Alluxio's RAM disk (alluxio.worker.ramdisk.size). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkerProcess.class)
@JsonDeserialize(as = ImmutableWorkerProcess.class)
public interface WorkerProcess extends ServerProcess {

  /** Defaults to 1 CPU and 2G of memory, as Alluxio's chart 0.5.2 sets it. */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.of("1", "2G");
  }

  static ImmutableWorkerProcess.Builder builder() {
    return ImmutableWorkerProcess.builder();
  }

  static WorkerProcess defaults() {
    return builder().build();
  }
}
