package dev.alluxiok8s.testing;

import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import java.nio.file.Path;

/** Golden assertions on a {@link RenderResult}; see {@link GoldenAssertions}. */
public final class RenderResultAssert extends AbstractGoldenAssert<RenderResultAssert, RenderResult> {

  RenderResultAssert(RenderResult actual) {
    super(actual, RenderResultAssert.class);
  }

  /** The files of {@code layout} equal those of {@code folder}. */
  public RenderResultAssert matchesGoldenFolder(Path folder, Layout layout) {
    isNotNull();
    goldens.checkFolder(folder, actual.files(layout));
    return this;
  }

  /** The one-stream output ({@link RenderResult#stream()}) equals {@code file}, compared per object. */
  public RenderResultAssert matchesGoldenFile(Path file) {
    isNotNull();
    goldens.checkFile(file, actual.stream());
    return this;
  }
}
