package dev.alluxiok8s.testing;

import java.nio.file.Path;

/** Golden-file assertions on YAML text; see {@link GoldenAssertions}. */
public final class YamlAssert extends AbstractGoldenAssert<YamlAssert, String> {

  YamlAssert(String actual) {
    super(actual, YamlAssert.class);
  }

  /** The text equals the content of {@code file}; a stream's diff is given per object. */
  public YamlAssert matchesGoldenFile(Path file) {
    isNotNull();
    goldens.checkFile(file, actual);
    return this;
  }
}
