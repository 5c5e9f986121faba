package dev.alluxiok8s.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.upgrade.spec.RenderedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pairs of clusters made from the samples: a sample's spec as deployed, and the same spec with one
 * edit, both rendered as {@code alluxio-k8s render} would.
 */
final class SamplePairs {

  private SamplePairs() {}

  /** The text of {@code samples/<name>/alluxio.yaml}. */
  static String sample(String name) {
    Path repo = Path.of(System.getProperty("alluxio.k8s.repo", "..")).toAbsolutePath();
    try {
      return Files.readString(repo.resolve("samples").resolve(name).resolve("alluxio.yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with {@code from} replaced by {@code to}, which must be there exactly once. */
  static String edit(String text, String from, String to) {
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
    return text.replace(from, to);
  }

  /** The rendered spec {@code text} as one side, named {@code source}. */
  static UpgradeInput rendered(String source, String text) {
    try {
      SpecDocument document = SpecReader.create().readDocumentText(source, text);
      return RenderedSpec.of(source, ManifestRenderer.builder().build().render(document.cluster()), document::locate);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The check from sample {@code name} to the same sample edited from {@code from} to {@code to}. */
  static UpgradeReport edited(String name, String from, String to) {
    String before = sample(name);
    return UpgradeCheck.between(rendered("old.yaml", before), rendered("alluxio.yaml", edit(before, from, to)));
  }
}
