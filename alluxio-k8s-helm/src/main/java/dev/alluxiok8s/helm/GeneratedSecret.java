package dev.alluxiok8s.helm;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The data of a Secret the import made for credentials the values file held as literal
 * properties. It is plain data: whoever renders the cluster turns it into a Secret object (with
 * the cluster's labels) placed before the workloads that read it. Treat {@link #stringData()} as
 * secret; {@link #toString()} names only the keys.
 *
 * @param name the Secret's name, {@code <cluster>-ufs-credentials}
 * @param stringData property name -> credential value, in key order
 */
public record GeneratedSecret(String name, SortedMap<String, String> stringData) {

  public GeneratedSecret {
    Objects.requireNonNull(name, "name");
    stringData = Collections.unmodifiableSortedMap(new TreeMap<>(stringData));
  }

  @Override
  public String toString() {
    return "GeneratedSecret[" + name + ", keys " + stringData.keySet() + "]";
  }
}
