package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.yaml.ReadException;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.check.InvalidModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.schema.binding.SpecBinding;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import dev.alluxiok8s.schema.overlay.Layering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a spec file (YAML or JSON) into a valid {@link AlluxioCluster}, or fails with every
 * problem it can find, each with a line, a column and an attribute path.
 *
 * <pre>{@code
 * try {
 *   AlluxioCluster cluster = SpecReader.create().read(Path.of("alluxio.yaml"));
 * } catch (SpecException e) {
 *   e.diagnostics().forEach(p -> System.err.println(DiagnosticFormat.line(p, "")));
 *   // alluxio.yaml:7:12: error: spec.masters.count: an EMBEDDED journal needs an odd number of masters ...
 * }
 * }</pre>
 *
 * <p>Input is untrusted: sizes, nesting and values are bounded by {@link ReadLimits}, aliases are
 * refused, and invalid UTF-8 is an error rather than replacement characters. Instances are
 * immutable and thread-safe.
 */
public final class SpecReader {

  private final ReadLimits limits;
  /**
   * Made on first use: a valid spec is bound by {@link SpecBinding} without Jackson, and building
   * the mapper and its deserializers for the model is most of the time a cold read would take.
   */
  private volatile YAMLMapper mapper;

  private SpecReader(ReadLimits limits) {
    this.limits = limits;
  }

  private YAMLMapper mapper() {
    YAMLMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = SpecMapper.create(limits);
          mapper = m;
        }
      }
    }
    return m;
  }

  public static SpecReader create() {
    return new SpecReader(ReadLimits.defaults());
  }

  public SpecReader withLimits(ReadLimits newLimits) {
    return new SpecReader(newLimits);
  }

  /** Reads the file at {@code file}; messages name it as given. */
  public AlluxioCluster read(Path file) throws SpecException, IOException {
    return readDocument(file).cluster();
  }

  /** Reads {@code content}, naming it {@code source} in messages. */
  public AlluxioCluster read(String source, byte[] content) throws SpecException {
    return readDocument(source, content).cluster();
  }

  /** Reads already-decoded text, naming it {@code source} in messages. */
  public AlluxioCluster readText(String source, String text) throws SpecException {
    return readDocumentText(source, text).cluster();
  }

  /**
   * Reads the file at {@code file} with where each attribute was written, so that findings about
   * the cluster can name a line and column.
   */
  public SpecDocument readDocument(Path file) throws SpecException, IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(file.toString(), size);
    }
    return readDocument(file.toString(), Files.readAllBytes(file));
  }

  /** {@link #readDocument(Path)} of {@code content}, naming it {@code source}. */
  public SpecDocument readDocument(String source, byte[] content) throws SpecException {
    if (content.length > limits.maxBytes()) {
      throw tooLarge(source, content.length);
    }
    return readDocumentText(source, decode(source, content));
  }

  /** {@link #readDocument(Path)} of already-decoded text, naming it {@code source}. */
  public SpecDocument readDocumentText(String source, String text) throws SpecException {
    if (text.length() > limits.maxBytes()) {
      throw tooLarge(source, text.length());
    }
    DocumentScan scan = DocumentScan.of(source, text, limits);
    if (!scan.problems().isEmpty()) {
      throw new SpecException(scan.problems());
    }
    List<Diagnostic> problems = checkHeader(scan);
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    return bind(scan, source, reader -> reader.readValue(text), SourceOrder.of(List.of(source)));
  }

  /**
   * Reads a spec of layers: the base, overlays merged into it, then {@code --set} assignments (see
   * {@link LayeredSpec}). Every problem of every layer comes out of one run, each at the file and
   * line (or the argument) that gave the value; a file that cannot be scanned (bad YAML) stops the
   * merge, after the other files were scanned too.
   */
  public SpecDocument readDocument(LayeredSpec spec) throws SpecException, IOException {
    Comparator<Diagnostic> order = SourceOrder.of(spec.sources());
    List<Diagnostic> problems = new ArrayList<>();
    DocumentScan base = scan(spec.base(), problems);
    if (base != null) {
      problems.addAll(checkHeader(base));
    }
    List<YamlDocument> overlays = new ArrayList<>();
    for (LayeredSpec.Layer layer : spec.overlays()) {
      DocumentScan overlay = scan(layer, problems);
      if (overlay != null) {
        problems.addAll(checkOverlayHeader(overlay));
        overlay.document().ifPresent(overlays::add);
      }
    }
    if (!problems.isEmpty() || base == null) {
      throw new SpecException(sorted(problems, order));
    }
    Layering.Merged merged = Layering.merge(base.document().orElseThrow(), overlays, spec.assignments());
    DocumentScan scan = DocumentScan.merged(spec.base().source(), merged.document());
    try {
      SpecDocument document = bind(scan, spec.base().source(),
          reader -> reader.readValue(BindingTree.of(scan.mapping().orElseThrow()).root()), order);
      if (!merged.problems().isEmpty()) {
        throw new SpecException(sorted(merged.problems(), order));
      }
      return document;
    } catch (SpecException e) {
      List<Diagnostic> all = new ArrayList<>(merged.problems());
      all.addAll(e.diagnostics());
      throw new SpecException(sorted(all, order));
    }
  }

  /** The scan of one layer, its problems added to {@code problems}; null when it has any. */
  private DocumentScan scan(LayeredSpec.Layer layer, List<Diagnostic> problems) throws IOException {
    try {
      byte[] content;
      if (layer.file().isPresent()) {
        long size = Files.size(layer.file().get());
        if (size > limits.maxBytes()) {
          throw tooLarge(layer.source(), size);
        }
        content = Files.readAllBytes(layer.file().get());
      } else {
        content = layer.content().orElseThrow();
      }
      if (content.length > limits.maxBytes()) {
        throw tooLarge(layer.source(), content.length);
      }
      String text = decode(layer.source(), content);
      DocumentScan scan = DocumentScan.of(layer.source(), text, limits);
      problems.addAll(scan.problems());
      return scan.problems().isEmpty() ? scan : null;
    } catch (SpecException e) {
      problems.addAll(e.diagnostics());
      return null;
    }
  }

  /** What binds a scanned spec; text or tree. */
  private interface Binding {
    AlluxioCluster bind(ObjectReader reader);
  }

  /**
   * Binds the scanned spec, or fails with every problem binding finds, in {@code order}. A spec
   * that binds without a problem is bound straight from the scanned tree ({@link SpecBinding});
   * any other goes through Jackson, whose failures become the messages.
   */
  private SpecDocument bind(DocumentScan scan, String source, Binding binding, Comparator<Diagnostic> order)
      throws SpecException {
    Optional<AlluxioCluster> direct = scan.mapping().flatMap(SpecBinding::bind);
    if (direct.isPresent()) {
      return new SpecDocument(direct.get(), source, scan.locations());
    }
    UnknownFields unknown = new UnknownFields(scan);
    try {
      AlluxioCluster cluster = binding.bind(mapper().readerFor(AlluxioCluster.class).withHandler(unknown));
      if (!unknown.problems().isEmpty()) {
        throw new SpecException(sorted(unknown.problems(), order));
      }
      return new SpecDocument(cluster, source, scan.locations());
    } catch (JacksonException e) {
      throw new SpecException(withTheRest(scan, inFileOrder(unknown, new JacksonErrors(scan).translate(e), order), order));
    } catch (InvalidModelException e) {
      throw new SpecException(withTheRest(scan, inFileOrder(unknown, new JacksonErrors(scan).locate("", e), order), order));
    } catch (RuntimeException e) {
      // Never let a surprise escape as a raw exception; its message may quote a value, so leave it out.
      throw new SpecException(List.of(Diagnostic.error("", "the file could not be read (" + e.getClass().getSimpleName() + "); please report this with the file").at(scan.locationOf(""))));
    }
  }

  /**
   * The first failure stopped binding; {@link PartialBinding} goes on past it and finds the rest.
   * Both report the first failure, once; the result is in file order.
   */
  private List<Diagnostic> withTheRest(DocumentScan scan, List<Diagnostic> first, Comparator<Diagnostic> order) {
    Set<Diagnostic> all = new LinkedHashSet<>(first);
    scan.mapping().ifPresent(root -> all.addAll(PartialBinding.problems(mapper(), scan, root)));
    return sorted(List.copyOf(all), order);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> problems, Comparator<Diagnostic> order) {
    List<Diagnostic> sorted = new ArrayList<>(problems);
    sorted.sort(order);
    return sorted;
  }

  /**
   * Unknown fields found before binding failed, with the failure's own problems. A value whose
   * unknown field was skipped may then miss a required attribute; both are worth reading, the
   * misspelling first where it comes first.
   */
  private static List<Diagnostic> inFileOrder(UnknownFields unknown, List<Diagnostic> failure, Comparator<Diagnostic> order) {
    List<Diagnostic> all = new ArrayList<>(unknown.problems());
    failure.stream().filter(p -> !(p.message().equals("is required") && unknown.suggests(p.path()))).forEach(all::add);
    all.sort(order);
    return all;
  }

  /**
   * apiVersion and kind have defaults in the model, but a file must say what it is; and a file
   * of another version or kind would only produce misleading errors further down, so a wrong
   * header is reported alone, before any binding.
   */
  private static List<Diagnostic> checkHeader(DocumentScan scan) {
    List<Diagnostic> problems = new ArrayList<>();
    for (String field : List.of("apiVersion", "kind")) {
      String expected = field.equals("kind") ? AlluxioCluster.KIND : AlluxioCluster.API_VERSION;
      if (!scan.has(field)) {
        problems.add(Diagnostic.error(field, "is required (" + field + ": " + expected + ")").at(scan.locationOf("")));
      } else {
        scan.topLevelScalar(field).filter(value -> !value.equals(expected)).ifPresent(value ->
            problems.add(Diagnostic.error(field, "\"" + value + "\" is not supported; "
                + (field.equals("kind") ? "expected " : "this version of alluxio-k8s reads ") + expected).at(scan.locationOf(field))));
      }
    }
    return problems;
  }

  /**
   * An overlay may leave out apiVersion and kind (the base says what the file is); when it gives
   * them, they must be the base's, or it was written for another format.
   */
  private static List<Diagnostic> checkOverlayHeader(DocumentScan scan) {
    return checkHeader(scan).stream().filter(p -> scan.has(p.path())).toList();
  }

  private static String decode(String source, byte[] content) throws SpecException {
    try {
      return Utf8.decode(source, content);
    } catch (ReadException e) {
      throw new SpecException(List.of(DocumentScan.problem(e.problem())));
    }
  }

  private SpecException tooLarge(String source, long size) {
    return new SpecException(List.of(Diagnostic.error("", "the file has " + size + " bytes; a spec file may have at most " + limits.maxBytes()).at(new SourceLocation(source, 1, 1))));
  }
}
