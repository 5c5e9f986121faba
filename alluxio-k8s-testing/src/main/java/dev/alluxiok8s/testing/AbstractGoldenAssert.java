package dev.alluxiok8s.testing;

import org.assertj.core.api.AbstractAssert;

/**
 * What the golden assertions share: the {@link GoldenFiles} settings, taken from the system
 * properties and environment unless a test injects others.
 *
 * @param <S> the assertion's own type, for chaining
 * @param <A> the type of the checked value
 */
public abstract class AbstractGoldenAssert<S extends AbstractGoldenAssert<S, A>, A> extends AbstractAssert<S, A> {

  /** The settings the checks use. */
  protected GoldenFiles goldens = GoldenFiles.fromEnvironment();

  AbstractGoldenAssert(A actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Uses {@code settings} instead of the system properties and environment. */
  public S using(GoldenFiles settings) {
    this.goldens = settings;
    return myself;
  }
}
