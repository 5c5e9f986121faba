package dev.alluxiok8s.conformance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One simulated container's Java process, its output in a log file. Every process the harness
 * starts is also in a JVM-wide registry that a shutdown hook kills, so no JVM outlives the test run
 * even when a test is interrupted.
 */
final class JvmProcess {

  private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly), "conformance-reaper"));
  }

  private final String name;
  private final Process process;
  private final Path log;

  private JvmProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static JvmProcess start(String name, List<String> commandLine, Path workingDir, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    Files.writeString(log, String.join(" ", commandLine) + System.lineSeparator(), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(commandLine)
        .directory(workingDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    ALIVE.add(process);
    process.onExit().thenRun(() -> ALIVE.remove(process));
    return new JvmProcess(name, process, log);
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the process to end on its own (a Job's container); kills it at the deadline. */
  int awaitExit(Duration deadline) throws InterruptedException {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(name + " did not finish within " + deadline + "\n" + tail());
    }
    return process.exitValue();
  }

  /** Like the kubelet: SIGTERM, a grace period, then SIGKILL. */
  void beginStop() {
    process.destroy();
  }

  void awaitStop(Duration grace) throws InterruptedException {
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** SIGKILL, and waits for the process to be gone. */
  void kill() {
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls a TCP port the way a {@code tcpSocket} probe does, failing early when the process died. */
  void awaitPort(String host, int port, Duration deadline) throws InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before " + host + ":" + port
            + " opened\n" + tail());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException(name + ": " + host + ":" + port + " not open within " + deadline + "\n" + tail());
  }

  /** The end of the process's output, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      return "--- last lines of " + log + " ---\n" + String.join("\n", last);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
