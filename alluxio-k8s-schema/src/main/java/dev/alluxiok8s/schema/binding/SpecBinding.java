package dev.alluxiok8s.schema.binding;

import dev.alluxiok8s.model.AlluxioCluster;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * it binds equals what Jackson binds from the same tree ({@code SpecBindingAgreementTest} compares
 * both on every sample, fixture and generated cluster).
 */
public final class SpecBinding {

  /**
   * The generated entry, {@code ModelBinding.alluxioCluster}, found by name rather than called
   * directly: when a model change leaves the generated classes unable to compile, deleting them
   * (every file starting with the generator's header) leaves this module compiling, every spec
   * bound by Jackson, and the generator runnable again. One lookup per JVM.
   */
  private static final MethodHandle ENTRY = entry();

  private SpecBinding() {}

  /** The cluster of {@code document} (a scanned mapping), or empty when anything about it needs Jackson. */
  public static Optional<AlluxioCluster> bind(Map<?, ?> document) {
    if (ENTRY == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((AlluxioCluster) ENTRY.invokeExact((Object) document));
    } catch (RuntimeException | StackOverflowError declined) {
      // Unbound, or the model refusing a value (InvalidModelException, a missing required
      // attribute): Jackson binds the tree again and turns each into the message users read. The
      // binding recurses with the tree; a free-form value nested as deep as the reader allows
      // may overflow a small stack here, and Jackson then reads it as it always did.
      return Optional.empty();
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("ModelBinding.alluxioCluster declares no checked exception", e);
    }
  }

  private static MethodHandle entry() {
    try {
      Class<?> generated = Class.forName(SpecBinding.class.getPackageName() + ".ModelBinding");
      return MethodHandles.lookup().findStatic(generated, "alluxioCluster", MethodType.methodType(AlluxioCluster.class, Object.class));
    } catch (ReflectiveOperationException notGenerated) {
      return null;
    }
  }
}
