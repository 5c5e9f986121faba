package dev.alluxiok8s.model.process;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The shape the four server processes share (master, job master, worker, job worker; FUSE, the
 * client, has its own): resources that default to 1 CPU and 1G of memory as Alluxio's chart
 * 0.5.2 sets them, properties kept in key order, and the common checks, reported under the
 * process's own type name ({@code MasterProcess.jvmOptions[0]: ...}).
 */
// The order spec files have always listed them in, whichever process overrides a default.
@JsonPropertyOrder({"jvmOptions", "resources", "properties"})
public interface ServerProcess extends ProcessSettings {

  /** Defaults to 1 CPU and 1G of memory, as Alluxio's chart 0.5.2 sets it. */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.of("1", "1G");
  }

  @Override
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  @Value.Check
  default void check() {
    checkSettings(typeName());
  }

  /** {@code MasterProcess}, ...: the model interface that the generated value class implements. */
  private String typeName() {
    for (Class<?> type : getClass().getInterfaces()) {
      if (ServerProcess.class.isAssignableFrom(type)) {
        return type.getSimpleName();
      }
    }
    return getClass().getSimpleName();
  }
}
