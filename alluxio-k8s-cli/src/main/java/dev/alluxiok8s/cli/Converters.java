package dev.alluxiok8s.cli;

import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line text to the core's types, with messages in command-line vocabulary. */
final class Converters {

  private Converters() {}

  /** {@code --layout kubectl}. */
  static final class LayoutConverter implements ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      return Layout.byId(value).orElseThrow(() -> new TypeConversionException(
          "unknown layout \"" + value + "\"; expected one of " + String.join(", ", new LayoutIds())));
    }
  }

  /** The layout ids, for {@code ${COMPLETION-CANDIDATES}} in the help. */
  static final class LayoutIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Layout.values()).map(Layout::id).iterator();
    }
  }

  /** {@code --kubernetes-version 1.36}. */
  static final class KubernetesVersionConverter implements ITypeConverter<KubernetesVersion> {
    @Override
    public KubernetesVersion convert(String value) {
      try {
        return KubernetesVersion.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --external Secret/s3-credentials}. */
  static final class ExternalReferenceConverter implements ITypeConverter<ExternalReference> {
    @Override
    public ExternalReference convert(String value) {
      try {
        return ExternalReference.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
