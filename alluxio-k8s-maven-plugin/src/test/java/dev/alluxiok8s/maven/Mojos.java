package dev.alluxiok8s.maven;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * Configures a goal the way Maven does, by setting its parameter fields, and records what it logs
 * as {@code [ERROR] ...} lines; the projects under {@code src/it} run the goals in a real build.
 */
final class Mojos {

  /** A valid spec: the cluster of the render-kubectl integration test. */
  static final String SPEC = """
      apiVersion: alluxio-k8s.dev/v1alpha1
      kind: AlluxioCluster
      metadata:
        name: alluxio
      spec:
        underStorage:
          rootUri: s3a://analytics/alluxio/
          credentials:
            - property: aws.secretKey
              secretName: alluxio-s3-credentials
              key: secret-access-key
        workers:
          podSecurity:
            level: privileged
            reason: host networking and a hostPath domain socket for short-circuit reads
      """;

  private Mojos() {}

  /** Sets the parameter {@code name}, declared by the goal's class or a superclass. */
  static <M extends AbstractMojo> M set(M mojo, String name, Object value) {
    for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(mojo, value);
        return mojo;
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(mojo.getClass().getSimpleName() + " has no parameter " + name);
  }

  /** Writes {@code text} to {@code dir/name} and returns the file. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** A log that keeps each line as Maven prints it; debug lines are dropped. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }
  }
}
