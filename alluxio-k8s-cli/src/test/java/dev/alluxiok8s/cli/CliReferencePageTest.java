package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The docs site's CLI page ({@code src/site/markdown/cli.md}) is made from picocli's model of the
 * command tree, so a command or option added to the code is on the page or this test fails. Run
 * with {@code -Dalluxio.k8s.golden.update=true} to rewrite the page, then review it with git diff.
 */
class CliReferencePageTest {

  private static final Path PAGE =
      Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("src/site/markdown/cli.md");

  @Test
  void theCliPageDescribesEveryCommandAndOption() throws IOException {
    String page = page(AlluxioK8s.commandTree());

    if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("src/site/markdown/cli.md is made from the picocli model; rerun with -Dalluxio.k8s.golden.update=true")
        .isEqualTo(page);
  }

  /** A blank description would leave an empty cell on the page: every argument must say what it is. */
  @Test
  void everyOptionAndParameterHasADescription() {
    List<String> undescribed = new ArrayList<>();
    forEachCommand(AlluxioK8s.commandTree(), command -> command.getCommandSpec().args().stream()
        .filter(arg -> describe(arg).isBlank())
        .forEach(arg -> undescribed.add(command.getCommandSpec().qualifiedName() + " " + names(arg))));
    assertThat(undescribed).isEmpty();
  }

  @Test
  void thePageListsEveryCommandOfTheTree() {
    String page = page(AlluxioK8s.commandTree());
    assertThat(AlluxioK8s.commandTree().getSubcommands().keySet())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(page).contains("## alluxio-k8s " + name + "\n"));
  }

  static String page(CommandLine root) {
    StringBuilder md = new StringBuilder();
    md.append("# Command line\n\n")
        .append("Every command and option of `alluxio-k8s`. This page is made from the command's own ")
        .append("definition (`CliReferencePageTest` in `alluxio-k8s-cli` fails when they differ), so it ")
        .append("says what `alluxio-k8s COMMAND --help` says.\n\n")
        .append("Run it from a checkout with `bin/alluxio-k8s`, with `java -jar alluxio-k8s.jar` (its ")
        .append("`lib/` folder beside it), or in-process through `java.util.spi.ToolProvider` under the ")
        .append("name `alluxio-k8s`.\n\n");
    forEachCommand(root, command -> section(command, md));
    return md.toString();
  }

  private static void section(CommandLine command, StringBuilder md) {
    CommandSpec spec = command.getCommandSpec();
    // A fixed width and no colours, so the page does not depend on the terminal that ran the test.
    command.setUsageHelpWidth(80);
    command.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    md.append("## ").append(spec.qualifiedName()).append("\n\n");
    for (String line : spec.usageMessage().description()) {
      md.append(line(line)).append('\n');
    }
    md.append("\n```text\n").append(command.getHelp().synopsis(0).stripTrailing()).append("\n```\n\n");
    if (!command.getSubcommands().isEmpty()) {
      md.append("| command | what it does |\n|---|---|\n");
      command.getSubcommands().forEach((name, sub) -> md.append("| [`").append(name).append("`](#")
          .append(anchor(sub.getCommandSpec().qualifiedName())).append(") | ")
          .append(cell(String.join(" ", Arrays.stream(sub.getCommandSpec().usageMessage().description())
              .map(CliReferencePageTest::line).toList()))).append(" |\n"));
      md.append('\n');
    }
    List<ArgSpec> args = new ArrayList<>();
    args.addAll(spec.positionalParameters());
    args.addAll(spec.options());
    if (!args.isEmpty()) {
      md.append("| option or parameter | value | default | description |\n|---|---|---|---|\n");
      for (ArgSpec arg : args) {
        md.append("| ").append(names(arg)).append(" | ")
            .append(arg.typeInfo().isBoolean() || arg.isPositional() ? "" : "`" + cell(arg.paramLabel()) + "`")
            .append(" | ")
            .append(arg.defaultValue() == null ? "" : "`" + arg.defaultValue() + "`").append(" | ")
            .append(cell(describe(arg))).append(" |\n");
      }
      md.append('\n');
    }
    Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
    if (!exitCodes.isEmpty()) {
      md.append("Exit codes:\n\n| code | meaning |\n|---|---|\n");
      exitCodes.forEach((code, meaning) -> md.append("| ").append(code.strip()).append(" | ")
          .append(cell(meaning)).append(" |\n"));
      md.append('\n');
    }
  }

  private static void forEachCommand(CommandLine command, java.util.function.Consumer<CommandLine> action) {
    action.accept(command);
    command.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
  }

  private static String names(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      List<String> names = new ArrayList<>();
      for (String name : option.names()) {
        names.add("`" + name + "`");
      }
      return String.join(", ", names);
    }
    return "`" + cell(((PositionalParamSpec) arg).paramLabel()) + "` (parameter)";
  }

  /** picocli's model answers descriptions with ${DEFAULT-VALUE} and the like already filled in. */
  private static String describe(ArgSpec arg) {
    return text(String.join(" ", arg.description()));
  }

  /** Descriptions are format strings to picocli's help: undo the two escapes they may hold. */
  private static String text(String line) {
    return line.replace("%n", " ").replace("%%", "%");
  }

  /** A description line indented in the help is an example command: keep it as code on the page. */
  private static String line(String line) {
    return line.startsWith("  ") ? "`" + text(line.strip()) + "`" : text(line);
  }

  private static String cell(String text) {
    return text(text).replace("|", "\\|");
  }

  /** The id the site's Markdown renderer gives a heading. */
  private static String anchor(String heading) {
    return heading.replace(' ', '_');
  }
}
