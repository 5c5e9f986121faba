package dev.alluxiok8s.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Compares rendered text with golden files on disk, and decides what happens when they differ or
 * are missing. The AssertJ entry points in {@link GoldenAssertions} use it; use it directly to
 * inject the settings (tests of the kit do).
 *
 * <ul>
 *   <li>A mismatch fails with a unified diff per file (or per object of a YAML stream).
 *   <li>With the system property {@value #UPDATE_PROPERTY}{@code =true}, goldens are rewritten
 *       to match and the check passes: review the change with {@code git diff} before committing.
 *   <li>A missing golden fails. Outside CI it is first written, so the next run passes once it
 *       has been reviewed; when the {@value #CI_VARIABLE} environment variable is set (as GitHub
 *       Actions, GitLab CI and most others do) nothing is written, so a forgotten golden cannot
 *       slip through unreviewed.
 * </ul>
 *
 * <pre>{@code
 * GoldenFiles goldens = GoldenFiles.fromEnvironment();
 * goldens.checkFolder(Path.of("src/test/golden/alluxio"), result.files(Layout.KUBECTL));
 * }</pre>
 */
public final class GoldenFiles {

  /** Set to {@code true} to rewrite the goldens instead of comparing with them. */
  public static final String UPDATE_PROPERTY = "alluxio.k8s.golden.update";

  /** Set (to anything but {@code false}) on CI: missing goldens fail instead of being written. */
  public static final String CI_VARIABLE = "CI";

  private static final String UPDATE_HINT =
      "If the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the goldens with git diff.";

  private final boolean update;
  private final boolean ci;

  private GoldenFiles(boolean update, boolean ci) {
    this.update = update;
    this.ci = ci;
  }

  /** Settings from the JVM's system properties and the process environment. */
  public static GoldenFiles fromEnvironment() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * Settings from the given lookups, for tests of code that uses the kit.
   *
   * @param systemProperties answers a system property or null
   * @param environment answers an environment variable or null
   */
  public static GoldenFiles from(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
    String ciValue = environment.apply(CI_VARIABLE);
    return new GoldenFiles(
        "true".equalsIgnoreCase(systemProperties.apply(UPDATE_PROPERTY)),
        ciValue != null && !ciValue.isEmpty() && !"false".equalsIgnoreCase(ciValue));
  }

  /**
   * Checks that {@code folder} holds exactly {@code files} (relative {@code /}-separated path to
   * content). Hidden files in the folder are ignored.
   *
   * @throws AssertionError on a mismatch, or when the folder is missing (see the class comment)
   */
  public void checkFolder(Path folder, SortedMap<String, String> files) {
    Objects.requireNonNull(files, "files");
    if (!needsComparison(folder, Files.isDirectory(folder), () -> writeFolder(folder, files))) {
      return;
    }
    SortedMap<String, String> golden = readFolder(folder);
    List<String> diffs = diffs(golden, files);
    if (!diffs.isEmpty()) {
      throw new AssertionError("The rendered files differ from the golden folder " + folder + " in " + diffs.size()
          + " of " + union(golden, files).size() + " file(s):\n\n" + String.join("\n", diffs) + "\n" + UPDATE_HINT);
    }
  }

  /**
   * Checks that {@code file} holds {@code yaml}. Multi-document YAML is compared object by object
   * (documents named by their {@code kind} and {@code metadata.name}), so a diff says which object
   * changed.
   *
   * @throws AssertionError on a mismatch, or when the file is missing (see the class comment)
   */
  public void checkFile(Path file, String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    if (!needsComparison(file, Files.isRegularFile(file), () -> writeFile(file, yaml))) {
      return;
    }
    String golden = read(file);
    if (golden.equals(yaml)) {
      return;
    }
    List<String> diffs = diffs(YamlDocuments.byObject(golden), YamlDocuments.byObject(yaml));
    if (diffs.isEmpty()) {
      // Same objects, different order or separators: show the whole file.
      UnifiedDiffs.of(file.getFileName().toString(), golden, yaml).ifPresent(diffs::add);
    }
    throw new AssertionError("The rendered YAML differs from the golden file " + file + " in " + diffs.size()
        + " object(s):\n\n" + String.join("\n", diffs) + "\n" + UPDATE_HINT);
  }

  /**
   * Settles update mode and a missing golden, the same way for folders and files.
   *
   * @return whether the golden exists and must be compared with the output
   * @throws AssertionError when the golden is missing
   */
  private boolean needsComparison(Path golden, boolean exists, Runnable write) {
    if (update) {
      write.run();
      return false;
    }
    if (!exists) {
      missing(golden, write);
    }
    return true;
  }

  /** One unified diff per name whose text differs (or exists on one side only), in name order. */
  private static List<String> diffs(SortedMap<String, String> golden, SortedMap<String, String> actual) {
    List<String> diffs = new ArrayList<>();
    for (String name : union(golden, actual)) {
      UnifiedDiffs.of(name, golden.get(name), actual.get(name)).ifPresent(diffs::add);
    }
    return diffs;
  }

  /** Always throws: on CI without writing, elsewhere after writing the golden. */
  private void missing(Path golden, Runnable create) {
    if (ci) {
      throw new AssertionError("The golden " + golden + " is missing, and goldens are not created on CI (the "
          + CI_VARIABLE + " environment variable is set). Create it locally (run the test once, or with -D"
          + UPDATE_PROPERTY + "=true), review it and commit it.");
    }
    create.run();
    throw new AssertionError("The golden " + golden + " did not exist and has been written from this run. Review it"
        + " (it becomes the expected output) and commit it; the test passes from the next run on.");
  }

  private static List<String> union(SortedMap<String, String> a, SortedMap<String, String> b) {
    TreeMap<String, String> all = new TreeMap<>(a);
    all.putAll(b);
    return new ArrayList<>(all.keySet());
  }

  private static SortedMap<String, String> readFolder(Path folder) {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path relative = folder.relativize(p);
        if (!isHidden(relative)) {
          files.put(slashes(relative), read(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the golden folder " + folder, e);
    }
    return files;
  }

  private static void writeFolder(Path folder, SortedMap<String, String> files) {
    try {
      if (Files.isDirectory(folder)) {
        // The folder must end up equal to the output: files the output no longer has go too.
        for (String stale : readFolder(folder).keySet()) {
          if (!files.containsKey(stale)) {
            Files.delete(folder.resolve(stale));
          }
        }
      }
      for (var file : files.entrySet()) {
        writeFile(folder.resolve(file.getKey()), file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the golden folder " + folder, e);
    }
  }

  private static void writeFile(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the golden file " + file, e);
    }
  }

  /** Goldens checked out on Windows with autocrlf have CRLF line ends; the output never has. */
  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the golden file " + file, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path relative) {
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
