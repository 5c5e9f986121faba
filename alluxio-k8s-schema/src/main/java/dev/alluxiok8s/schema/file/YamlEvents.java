package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The event stream of a user's YAML file (a spec file, a Helm values file), read the same way by
 * every reader: under {@link ReadLimits}, one document only, and invalid YAML turned into a
 * problem with its line and column. The event stream is produced without recursion, so a deeply
 * nested file cannot overflow the stack; each reader bounds the depth it builds.
 */
public final class YamlEvents {

  /** What a reader does with one event; false stops the walk (the reader has recorded why). */
  @FunctionalInterface
  public interface Visitor {
    boolean visit(Event event);
  }

  private static final Pattern BAD_START = Pattern.compile("found character '(.+)' that cannot start any token");

  private YamlEvents() {}

  /**
   * Passes every event of {@code text} to {@code visitor}, adding to {@code problems} when the
   * text holds a second document ({@code oneDocument} says why that is wrong) or is not YAML.
   */
  public static void walk(String source, String text, ReadLimits limits, String oneDocument, Visitor visitor,
      List<Diagnostic> problems) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source)
        .setCodePointLimit(limits.maxBytes())
        .setMaxAliasesForCollections(0)
        .build();
    int documents = 0;
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        if (event.getEventId() == Event.ID.DocumentStart && ++documents > 1) {
          problems.add(Diagnostic.error("", "the file holds more than one YAML document; " + oneDocument).at(location(source, event)));
          return;
        }
        if (!visitor.visit(event)) {
          return;
        }
      }
    } catch (MarkedYamlEngineException e) {
      SourceLocation at = e.getProblemMark().map(m -> location(source, m)).orElse(new SourceLocation(source, 1, 1));
      problems.add(Diagnostic.error("", "invalid YAML: " + describe(e)).at(at));
    } catch (YamlEngineException e) {
      problems.add(Diagnostic.error("", "invalid YAML: " + e.getMessage()).at(new SourceLocation(source, 1, 1)));
    }
  }

  /** snakeyaml's wording, rephrased for the two mistakes people make most in hand-written YAML. */
  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    Matcher badStart = BAD_START.matcher(problem);
    if (problem.contains("\\t(TAB)")) {
      return "a tab character; YAML is indented with spaces only";
    }
    if (badStart.lookingAt()) {
      return "a plain value cannot start with '" + badStart.group(1) + "'; put the value in quotes";
    }
    return e.getContext() == null || e.getContext().isEmpty() ? problem : problem + " (" + e.getContext() + ")";
  }

  /** Where {@code event} starts, 1-based. */
  public static SourceLocation location(String source, Event event) {
    return event.getStartMark().map(m -> location(source, m)).orElse(new SourceLocation(source, 1, 1));
  }

  /** {@code mark} as a 1-based line and column. */
  public static SourceLocation location(String source, Mark mark) {
    return new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
