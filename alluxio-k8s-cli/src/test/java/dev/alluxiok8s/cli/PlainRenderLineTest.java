package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@link PlainRenderLine} reads the plain forms of {@code render} exactly as picocli does, and
 * leaves every other line to picocli.
 */
class PlainRenderLineTest {

  /** Every option of a render, as a plain line sets them or as picocli does. */
  record Options(List<Path> specs, Path output, Layout layout, Path helmValues, String chartVersion,
      boolean chartNames, boolean overwrite, boolean allowInvalid, List<Path> overlays, List<String> sets,
      KubernetesVersion kubernetesVersion) {

    static Options of(RenderCommand render) {
      return new Options(List.copyOf(render.specFiles), render.output, render.layout, render.helmValues,
          render.chartVersion, render.chartNames, render.overwrite, render.allowInvalid,
          List.copyOf(render.layers.overlays), List.copyOf(render.layers.sets), render.kubernetes.version);
    }
  }

  @Test
  void aSpecAloneIsARenderWithEveryDefault() {
    Options options = Options.of(PlainRenderLine.parse(new String[] {"render", "alluxio.yaml"}).orElseThrow());

    assertThat(options).isEqualTo(new Options(List.of(Path.of("alluxio.yaml")), null, Layout.STREAM, null,
        "auto", false, false, false, List.of(), List.of(), new KubernetesVersion(1, 36)));
  }

  @Test
  void specsOutputAndLayoutMayComeInAnyOrder() {
    Options options = Options.of(PlainRenderLine.parse(
        new String[] {"render", "a.yaml", "--layout", "kubectl", "b.yaml", "--output", "deploy", "c.yaml"})
        .orElseThrow());

    assertThat(options.specs()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c.yaml"));
    assertThat(options.output()).isEqualTo(Path.of("deploy"));
    assertThat(options.layout()).isEqualTo(Layout.KUBECTL);
  }

  static Stream<List<String>> linesLeftToPicocli() {
    return Stream.of(
        List.of(),
        List.of("render"),
        List.of("--help"),
        List.of("--debug", "render", "a.yaml"),
        List.of("validate", "a.yaml"),
        List.of("render", "-"),
        List.of("render", "a.yaml", "--help"),
        List.of("render", "a.yaml", "-h"),
        List.of("render", "a.yaml", "--debug"),
        List.of("render", "a.yaml", "--overlay", "prod.yaml"),
        List.of("render", "a.yaml", "--set", "spec.masters.count=5"),
        List.of("render", "--helm-values", "config.yaml"),
        List.of("render", "a.yaml", "-o"),
        List.of("render", "a.yaml", "-o", "x", "-o", "y"),
        List.of("render", "a.yaml", "-o", "x", "--output", "y"),
        List.of("render", "a.yaml", "-o", "--layout"),
        List.of("render", "a.yaml", "-odeploy"),
        List.of("render", "a.yaml", "--output=deploy"),
        List.of("render", "a.yaml", "--layout"),
        List.of("render", "a.yaml", "--layout", "nope"),
        List.of("render", "a.yaml", "--layout=kubectl"),
        List.of("render", "a.yaml", "--layout", "files", "--layout", "files"),
        List.of("render", "--", "a.yaml"),
        List.of("render", "@args.txt"),
        List.of("render", ""),
        List.of("render", "a\0.yaml"));
  }

  @ParameterizedTest
  @MethodSource("linesLeftToPicocli")
  void anythingButAPlainRenderGoesToPicocli(List<String> line) {
    assertThat(PlainRenderLine.parse(line.toArray(String[]::new))).isEmpty();
  }

  @Test
  void theOptionsComparedAreEveryOptionPicocliKnows() {
    CommandLine render = new CommandLine(new AlluxioK8s()).addSubcommand("render", new RenderCommand())
        .getSubcommands().get("render");

    // A new option of render must join Options above, so that the agreement below covers it.
    assertThat(render.getCommandSpec().options().stream().map(OptionSpec::longestName))
        .containsExactlyInAnyOrder("--help", "--version", "--debug", "--helm-values", "--chart-version",
            "--chart-names", "--output", "--layout", "--overwrite", "--allow-invalid", "--overlay", "--set",
            "--kubernetes-version");
    assertThat(render.getCommandSpec().positionalParameters()).hasSize(1);
  }

  @Provide
  Arbitrary<List<String>> renderLines() {
    Arbitrary<String> words = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of("a.yaml", "b.yaml", "dir/c.yaml", "a.yaml", "deploy", "render",
            "validate", "x=1", "a b.yaml", "ü.yaml", "kubectl", "files", "kustomize", "stream")),
        Tuple.of(5, Arbitraries.of("-o", "--output", "--layout")),
        Tuple.of(2, Arbitraries.of("-", "--", "-odir", "--output=dir", "--layout=files", "-O", "--out",
            "--outpu", "--Output", "@args.txt", "", "--debug", "-h", "--help", "-V", "--overlay", "--set",
            "--overwrite", "--allow-invalid", "--chart-names", "--helm-values", "--chart-version",
            "--kubernetes-version", "nope", "Kubectl", "-o=dir", "-ho", "-oh")),
        Tuple.of(2, Arbitraries.strings().withChars("-o@=a. \0").ofMaxLength(4)));
    return words.list().ofMaxSize(7).map(rest -> Stream.concat(Stream.of("render"), rest.stream()).toList());
  }

  @Property(tries = 2000)
  void aLineReadWithoutPicocliGivesTheOptionsPicocliWould(@ForAll("renderLines") List<String> line) {
    String[] args = line.toArray(String[]::new);
    Optional<RenderCommand> plain = PlainRenderLine.parse(args);
    Statistics.label("read without picocli").collect(plain.isPresent());
    // The generator must give plain lines often, or this property would compare nothing.
    Statistics.label("read without picocli").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    if (plain.isEmpty()) {
      return;
    }
    AlluxioK8s root = new AlluxioK8s();
    RenderCommand render = new RenderCommand();
    CommandLine commandLine = new CommandLine(root).addSubcommand("render", render);
    ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(args);
    } catch (ParameterException e) {
      throw new AssertionError("read without picocli, but picocli refuses " + line + ": " + e.getMessage(), e);
    }
    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("render");
    assertThat(parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()).isFalse();
    assertThat(root.debug).isFalse();
    assertThat(Options.of(plain.get())).as("%s", line).isEqualTo(Options.of(render));
  }

  /** Plain lines of the README's kinds, over test files that render, warn, fail to read or fail validation. */
  static Stream<List<String>> plainLines() {
    return Stream.of(
        List.of("render", "valid.yaml"),
        List.of("render", "minimal.yaml", "-o", "OUT", "--layout", "kubectl"),
        List.of("render", "valid.yaml", "--output", "OUT", "--layout", "kustomize"),
        List.of("render", "valid.yaml", "minimal.yaml", "-o", "OUT"),
        List.of("render", "valid.yaml", "bad-quantity.yaml", "-o", "OUT"),
        List.of("render", "bad-quantity.yaml"),
        List.of("render", "below-baseline.yaml"),
        List.of("render", "valid.yaml", "--layout", "files"),
        List.of("render", "missing.yaml"));
  }

  @ParameterizedTest
  @MethodSource("plainLines")
  void aPlainLinePrintsWritesAndAnswersWhatPicocliDoes(List<String> template, @TempDir Path dir) throws Exception {
    for (String name : List.of("valid.yaml", "minimal.yaml", "bad-quantity.yaml", "below-baseline.yaml")) {
      Cli.copy(name, dir);
    }
    String[] plain = template.stream().map(word -> inside(dir, word, "plain")).toArray(String[]::new);
    String[] picocli = template.stream().map(word -> inside(dir, word, "picocli")).toArray(String[]::new);
    assertThat(PlainRenderLine.parse(plain)).isPresent();

    Cli.Run fast = run(plain, false);
    Cli.Run slow = run(picocli, true);

    assertThat(fast).isEqualTo(slow);
    assertThat(tree(dir.resolve("plain"))).isEqualTo(tree(dir.resolve("picocli")));
  }

  /** {@code word} of a line: a file in {@code dir}, {@code OUT} its folder {@code out}, an option as it is. */
  private static String inside(Path dir, String word, String out) {
    return word.equals("render") || word.startsWith("-") || Layout.byId(word).isPresent() ? word
        : dir.resolve(word.equals("OUT") ? out : word).toString();
  }

  private static Cli.Run run(String[] args, boolean withPicocli) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var in = new ByteArrayInputStream(new byte[0]);
    int exit = withPicocli
        ? AlluxioK8s.runWithPicocli(args, in, new PrintWriter(out), new PrintWriter(err))
        : AlluxioK8s.run(args, in, new PrintWriter(out), new PrintWriter(err));
    return new Cli.Run(exit, out.toString(), err.toString());
  }

  /** Each file under {@code folder} (relative path and text), or nothing when there is no folder. */
  private static List<String> tree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().map(file -> {
        try {
          return folder.relativize(file) + "\n" + Files.readString(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
