package dev.alluxiok8s.kube.diagnostic;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.List;
import java.util.Objects;

/**
 * What the user can do about a {@link Diagnostic}, as data. Each front end puts it into words of
 * its own vocabulary through a {@link RemedyWording}: a spec path on the command line, a {@code
 * <configuration>} element in the Maven plugin, a builder method in the Java API. Nothing reads a
 * remedy back out of text.
 */
public sealed interface Remedy {

  /** No advice. */
  static Remedy none() {
    return None.INSTANCE;
  }

  /** Free advice, the same in every front end; empty text is {@link #none()}. */
  static Remedy advice(String text) {
    return text.isEmpty() ? none() : new Advice(text);
  }

  /** True when there is nothing to say. */
  default boolean isNone() {
    return this instanceof None;
  }

  /** Nothing to advise. */
  enum None implements Remedy {
    INSTANCE
  }

  /** Advice that names no attribute or option, so every front end says it the same way. */
  record Advice(String text) implements Remedy {
    public Advice {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Tell the validator that an object the manifests refer to is created elsewhere. */
  record DeclareExternal(String kind, String name) implements Remedy {
    public DeclareExternal {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Declare a Pod Security exemption at a model attribute, for example {@code
   * spec.workers.podSecurity}, at the level the pod reaches.
   */
  record DeclareExemption(String attribute, PodSecurityLevel level) implements Remedy {
    public DeclareExemption {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * Declare a Pod Security exemption on a raw manifest with its annotations: {@code levelKey} set
   * to {@code level}, and {@code reasonKey} saying why.
   */
  record AnnotateExemption(String levelKey, String reasonKey, PodSecurityLevel level) implements Remedy {
    public AnnotateExemption {
      Objects.requireNonNull(levelKey, "levelKey");
      Objects.requireNonNull(reasonKey, "reasonKey");
      Objects.requireNonNull(level, "level");
    }
  }

  /** Set the model attribute at {@code path} (for example {@code spec.workers.hostNetwork}) to {@code value}. */
  record SetAttribute(String path, String value) implements Remedy {
    public SetAttribute {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Any one of several remedies, in the order they are best tried. */
  record AnyOf(List<Remedy> choices) implements Remedy {
    public AnyOf {
      choices = List.copyOf(choices);
      if (choices.size() < 2) {
        throw new IllegalArgumentException("AnyOf needs at least two choices, got " + choices);
      }
    }
  }

  /** {@code first}, or else {@code second}; a {@link #none()} side drops out. */
  static Remedy either(Remedy first, Remedy second) {
    if (first.isNone()) {
      return second;
    }
    return second.isNone() ? first : new AnyOf(List.of(first, second));
  }
}
