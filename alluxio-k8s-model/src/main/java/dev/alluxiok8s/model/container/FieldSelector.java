package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A field of the pod given to an environment variable ({@code fieldRef}): only the fields the
 * Kubernetes API server accepts there, which it would otherwise refuse at apply time.
 *
 * <pre>{@code
 * FieldSelector.of("status.podIP");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFieldSelector.class)
@JsonDeserialize(as = ImmutableFieldSelector.class)
public interface FieldSelector {

  /** The fields Kubernetes' validation allows in an environment variable's fieldRef. */
  List<String> FIELDS = List.of("metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
      "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");

  /** {@code metadata.labels['key']} and {@code metadata.annotations['key']}. */
  Pattern SUBSCRIPTED = Pattern.compile("metadata\\.(labels|annotations)\\['([^']*)'\\]");

  String fieldPath();

  static FieldSelector of(String fieldPath) {
    return ImmutableFieldSelector.builder().fieldPath(fieldPath).build();
  }

  @Value.Check
  default void check() {
    Matcher m = SUBSCRIPTED.matcher(fieldPath());
    boolean known = FIELDS.contains(fieldPath()) || (m.matches() && KubernetesNames.isQualifiedName(m.group(2)));
    new Problems("FieldSelector")
        .require(known, "fieldPath", "\"" + fieldPath() + "\" is not a field an environment variable may read; use one of "
            + String.join(", ", FIELDS) + ", metadata.labels['KEY'] or metadata.annotations['KEY']")
        .throwIfAny();
  }
}
