package dev.alluxiok8s.schema.binding;

import dev.alluxiok8s.model.AlluxioCluster;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster of a scanned spec tree when it binds without any problem, bound without Jackson;
 * empty when it does not, and the caller binds it with Jackson to report why.
 *
 * <pre>{@code
 * Optional<AlluxioCluster> cluster = SpecBinding.bind(scannedRoot);   // empty: let Jackson say why
 * }</pre>
 *
 * <p>Declining is always safe: it costs the time this class saves, never a different result. What
 * it binds equals what Jackson binds from the same tree ({@code SpecBindingTest} compares both on
 * every sample, fixture and generated cluster).
 */
public final class SpecBinding {

  private SpecBinding() {}

  /** The cluster of {@code document} (a scanned mapping), or empty when anything about it needs Jackson. */
  public static Optional<AlluxioCluster> bind(Map<?, ?> document) {
    try {
      return Optional.of(ModelBinding.alluxioCluster(document));
    } catch (RuntimeException declined) {
      // Unbound, or the model refusing a value (InvalidModelException, a missing required
      // attribute): Jackson binds the tree again and turns each into the message users read.
      return Optional.empty();
    }
  }
}
