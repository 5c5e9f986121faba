package dev.alluxiok8s.cli;

import java.io.PrintWriter;
import java.util.spi.ToolProvider;

/**
 * Runs {@code alluxio-k8s} in-process, for build tools that would rather not start a JVM:
 *
 * <pre>{@code
 * ToolProvider tool = ToolProvider.findFirst("alluxio-k8s").orElseThrow();
 * int exit = tool.run(System.out, System.err, "render", "alluxio.yaml", "-o", "target/deploy");
 * }</pre>
 */
public final class AlluxioK8sToolProvider implements ToolProvider {

  /** Found by {@link java.util.ServiceLoader}. */
  public AlluxioK8sToolProvider() {}

  @Override
  public String name() {
    return "alluxio-k8s";
  }

  @Override
  public int run(PrintWriter out, PrintWriter err, String... args) {
    return AlluxioK8s.run(args, out, err);
  }
}
