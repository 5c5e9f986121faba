package dev.alluxiok8s.upgrade.objects;

import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import java.util.Comparator;

/**
 * The identity the API server gives an object: API group, kind, namespace and name. The version
 * is left out on purpose: {@code apps/v1} and {@code apps/v1beta2} name the same stored object.
 */
public record ObjectKey(String group, String kind, String namespace, String name) implements Comparable<ObjectKey> {

  private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::namespace)
      .thenComparing(ObjectKey::kind).thenComparing(ObjectKey::name).thenComparing(ObjectKey::group);

  /** The key of {@code ref}; the group is what precedes the {@code /} of its apiVersion. */
  public static ObjectKey of(ObjectRef ref) {
    String apiVersion = ref.apiVersion();
    int slash = apiVersion.indexOf('/');
    return new ObjectKey(slash < 0 ? "" : apiVersion.substring(0, slash), ref.kind(), ref.namespace(), ref.name());
  }

  @Override
  public int compareTo(ObjectKey o) {
    return ORDER.compare(this, o);
  }
}
