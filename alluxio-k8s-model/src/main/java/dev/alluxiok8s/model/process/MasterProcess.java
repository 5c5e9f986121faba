package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The Alluxio master process of each master pod. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMasterProcess.class)
@JsonDeserialize(as = ImmutableMasterProcess.class)
public interface MasterProcess extends ProcessSettings {

  /** Defaults to 1 CPU and 1G of memory, as Alluxio's chart 0.5.2 sets it. */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.of("1", "1G");
  }

  @Override
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  static ImmutableMasterProcess.Builder builder() {
    return ImmutableMasterProcess.builder();
  }

  static MasterProcess defaults() {
    return builder().build();
  }

  @Value.Check
  default void check() {
    checkSettings("MasterProcess");
  }
}
