package dev.alluxiok8s.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code java -jar alluxio-k8s.jar} and {@code bin/alluxio-k8s}. */
public final class Main {

  private Main() {}

  /** Runs {@link AlluxioK8s} and exits with its exit code. */
  public static void main(String[] args) {
    Phases.RUN.mark("main");
    // UTF-8 whatever the platform encoding: the output is YAML that kubectl reads as UTF-8.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    int exit = AlluxioK8s.run(args, out, err);
    Phases.RUN.mark("output flushed");
    Phases.RUN.print(err);
    System.exit(exit);
  }
}
