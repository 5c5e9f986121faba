package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio worker process on each node. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkerProcess.class)
@JsonDeserialize(as = ImmutableWorkerProcess.class)
public interface WorkerProcess extends ServerProcess {

  /**
   * Defaults to 1 CPU and 4Gi of memory (chart 0.5.2: 2G; chart 0.6.54 limits it to 4Gi): the
   * default MEM tier's 1Gi lives in RAM charged to this container, beside the JVM's
   * {@link JvmMemory#WORKER} heap and direct memory.
   */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.of("1", "4Gi");
  }

  static ImmutableWorkerProcess.Builder builder() {
    return ImmutableWorkerProcess.builder();
  }

  static WorkerProcess defaults() {
    return builder().build();
  }
}
