package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.check.InvalidModelException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds every problem of a spec that data binding can find, not only the first: binds the file,
 * and after each failure drops what failed and binds again, until the rest binds. Jackson stops
 * at the first bad attribute; this goes on, so unknown fields, wrong types, bad values and the
 * invariants of every value that could be built come out of one run.
 *
 * <p>What a drop causes is never reported: a required attribute that is missing because it was
 * dropped, a value's check that fails again once an attribute of it was dropped, and a problem in
 * the same value as a dropped attribute, found after the drop (its default may be what breaks the
 * rule). Invariants of a value that cannot be built at all (its required attribute was bad) are not
 * checked: there is nothing to check them on.
 */
final class PartialBinding {

  /**
   * Each pass binds the whole tree again, so a file of thousands of bad attributes would cost
   * passes times nodes; like a compiler's error limit, this bounds that, well above what a
   * hand-written spec holds.
   */
  static final int MAX_PASSES = 100;

  private final ObjectReader reader;
  private final DocumentScan scan;
  private final BindingTree tree;
  private final JacksonErrors errors;
  private final UnknownFields unknown;
  private final List<Diagnostic> found = new ArrayList<>();
  /** File paths of everything dropped. */
  private final List<String> dropped = new ArrayList<>();
  /** The values (file paths) that lost an attribute for its own value, not for a part it lacks. */
  private final List<String> droppedValues = new ArrayList<>();
  /** File paths of values whose own check has reported. */
  private final Set<String> checked = new HashSet<>();

  private PartialBinding(YAMLMapper mapper, DocumentScan scan, Map<?, ?> document) {
    this.scan = scan;
    this.tree = BindingTree.of(document);
    this.errors = new JacksonErrors(scan);
    this.unknown = new UnknownFields(scan, tree::filePath);
    this.reader = mapper.readerFor(AlluxioCluster.class).withHandler(unknown);
  }

  /** Every problem binding finds in the scanned {@code document}, in no particular order. */
  static List<Diagnostic> problems(YAMLMapper mapper, DocumentScan scan, Map<?, ?> document) {
    return new PartialBinding(mapper, scan, document).run();
  }

  private List<Diagnostic> run() {
    boolean more = true;
    int passes = 0;
    while (more) {
      if (++passes > MAX_PASSES) {
        found.add(Diagnostic.error("", "stopped looking after " + MAX_PASSES + " attempts to bind the file; more problems may"
                + " follow: fix these and read it again")
            .at(scan.locationOf("")));
        break;
      }
      try {
        reader.readValue(tree.root());
        more = false;
      } catch (JacksonException e) {
        more = failed(JacksonErrors.pathOf(e.getPath()), e);
      } catch (InvalidModelException e) {
        more = invalid("", e);
      } catch (RuntimeException e) {
        // SpecReader reports what it could not translate; there is no attribute to drop here.
        more = false;
      }
    }
    List<Diagnostic> all = new ArrayList<>(unknown.problems());
    // Missing because misspelt: the did-you-mean already says so.
    found.stream().filter(p -> !(p.message().equals("is required") && unknown.suggests(p.path()))).forEach(all::add);
    return all;
  }

  /** A failure at {@code at} (a path in the tree): reports it and drops what failed. */
  private boolean failed(String at, JacksonException e) {
    Optional<InvalidModelException> invalid = JacksonErrors.causeOf(e, InvalidModelException.class);
    if (invalid.isPresent()) {
      return invalid(at, invalid.get());
    }
    List<Diagnostic> problems = errors.translate(e);
    problems.forEach(this::report);
    boolean missing = problems.stream().anyMatch(p -> p.message().equals("is required"));
    if (missing || problems.isEmpty()) {
      return drop(at, false);
    }
    boolean any = false;
    for (Diagnostic p : problems) {
      any |= drop(p.path(), true);
    }
    return any;
  }

  /** The value at {@code at} refused its attributes: each bad one is dropped, or else the value. */
  private boolean invalid(String at, InvalidModelException e) {
    List<Diagnostic> problems = errors.locate(at, e);
    if (!checked.add(tree.filePath(at))) {
      // It reported before; what it says now follows from what was dropped since.
      return drop(at, false);
    }
    problems.forEach(this::report);
    boolean any = false;
    for (Diagnostic p : problems) {
      if (tree.has(p.path())) {
        any |= drop(p.path(), true);
      }
    }
    return any || drop(at, false);
  }

  private boolean drop(String path, boolean forItsValue) {
    String file = tree.filePath(path);
    if (!tree.remove(path)) {
      return false;
    }
    dropped.add(file);
    if (forItsValue) {
      droppedValues.add(parentOf(file));
    }
    return true;
  }

  /**
   * Records {@code p} (at a path in the tree) at the file's path, unless a drop may explain it:
   * it is about a dropped value, something inside one or holding one, or an attribute beside one
   * dropped for its value (that attribute's default may be what breaks a rule between the two).
   */
  private void report(Diagnostic p) {
    String file = tree.filePath(p.path());
    if (tree.isLossy(file) || dropped.stream().anyMatch(d -> within(file, d) || within(d, file))
        || droppedValues.contains(parentOf(file))) {
      return;
    }
    found.add(p.withPath(file).at(scan.locationOf(file)));
  }

  private static boolean within(String path, String ancestor) {
    return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
  }

  private static String parentOf(String path) {
    List<Object> segments = AttributePath.segments(path);
    if (segments.isEmpty()) {
      return "";
    }
    String parent = "";
    for (Object segment : segments.subList(0, segments.size() - 1)) {
      parent = segment instanceof Integer i ? PathJoiner.index(parent, i) : PathJoiner.key(parent, (String) segment);
    }
    return parent;
  }
}
