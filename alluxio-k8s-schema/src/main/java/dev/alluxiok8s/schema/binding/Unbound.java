package dev.alluxiok8s.schema.binding;

/**
 * A node this package does not bind the way Jackson would for sure; the spec is then bound by
 * Jackson. Thrown on the way to a fallback, never shown, so it carries no stack trace.
 */
final class Unbound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Unbound() {
    super(null, null, false, false);
  }
}
