package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.yaml.ReadException;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.check.InvalidModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a spec file (YAML or JSON) into a valid {@link AlluxioCluster}, or fails with every
 * problem it can find, each with a line, a column and an attribute path.
 *
 * <pre>{@code
 * try {
 *   AlluxioCluster cluster = SpecReader.create().read(Path.of("alluxio.yaml"));
 * } catch (SpecException e) {
 *   e.problems().forEach(p -> System.err.println(p.format()));
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
  private final YAMLMapper mapper;

  private SpecReader(ReadLimits limits) {
    this.limits = limits;
    this.mapper = SpecMapper.create(limits);
  }

  public static SpecReader create() {
    return new SpecReader(ReadLimits.defaults());
  }

  public SpecReader withLimits(ReadLimits newLimits) {
    return new SpecReader(newLimits);
  }

  /** Reads the file at {@code file}; messages name it as given. */
  public AlluxioCluster read(Path file) throws SpecException, IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(file.toString(), size);
    }
    return read(file.toString(), Files.readAllBytes(file));
  }

  /** Reads {@code content}, naming it {@code source} in messages. */
  public AlluxioCluster read(String source, byte[] content) throws SpecException {
    if (content.length > limits.maxBytes()) {
      throw tooLarge(source, content.length);
    }
    return readText(source, decode(source, content));
  }

  /** Reads already-decoded text, naming it {@code source} in messages. */
  public AlluxioCluster readText(String source, String text) throws SpecException {
    if (text.length() > limits.maxBytes()) {
      throw tooLarge(source, text.length());
    }
    DocumentScan scan = DocumentScan.of(source, text, limits);
    if (!scan.problems().isEmpty()) {
      throw new SpecException(scan.problems());
    }
    List<SpecProblem> problems = checkHeader(scan);
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    UnknownFields unknown = new UnknownFields(scan);
    try {
      AlluxioCluster cluster = mapper.readerFor(AlluxioCluster.class).withHandler(unknown).readValue(text);
      if (!unknown.problems().isEmpty()) {
        throw new SpecException(unknown.problems());
      }
      return cluster;
    } catch (JacksonException e) {
      throw new SpecException(inFileOrder(unknown, new JacksonErrors(scan).translate(e)));
    } catch (InvalidModelException e) {
      throw new SpecException(inFileOrder(unknown, new JacksonErrors(scan).locate("", e)));
    } catch (RuntimeException e) {
      // Never let a surprise escape as a raw exception; its message may quote a value, so leave it out.
      throw new SpecException(List.of(new SpecProblem(scan.locationOf(""), "",
          "the file could not be read (" + e.getClass().getSimpleName() + "); please report this with the file")));
    }
  }

  /**
   * Unknown fields found before binding failed, with the failure's own problems. A value whose
   * unknown field was skipped may then miss a required attribute; both are worth reading, the
   * misspelling first where it comes first.
   */
  private static List<SpecProblem> inFileOrder(UnknownFields unknown, List<SpecProblem> failure) {
    List<SpecProblem> all = new ArrayList<>(unknown.problems());
    failure.stream().filter(p -> !(p.message().equals("is required") && unknown.suggests(p.path()))).forEach(all::add);
    all.sort(java.util.Comparator.comparingInt((SpecProblem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column()));
    return all;
  }

  /**
   * apiVersion and kind have defaults in the model, but a file must say what it is; and a file
   * of another version or kind would only produce misleading errors further down, so a wrong
   * header is reported alone, before any binding.
   */
  private static List<SpecProblem> checkHeader(DocumentScan scan) {
    List<SpecProblem> problems = new ArrayList<>();
    for (String field : List.of("apiVersion", "kind")) {
      String expected = field.equals("kind") ? AlluxioCluster.KIND : AlluxioCluster.API_VERSION;
      if (!scan.has(field)) {
        problems.add(new SpecProblem(scan.locationOf(""), field, "is required (" + field + ": " + expected + ")"));
      } else {
        scan.topLevelScalar(field).filter(value -> !value.equals(expected)).ifPresent(value ->
            problems.add(new SpecProblem(scan.locationOf(field), field, "\"" + value + "\" is not supported; "
                + (field.equals("kind") ? "expected " : "this version of alluxio-k8s reads ") + expected)));
      }
    }
    return problems;
  }

  private static String decode(String source, byte[] content) throws SpecException {
    try {
      return Utf8.decode(source, content);
    } catch (ReadException e) {
      throw new SpecException(List.of(DocumentScan.problem(e.problem())));
    }
  }

  private SpecException tooLarge(String source, long size) {
    return new SpecException(List.of(new SpecProblem(new SourceLocation(source, 1, 1), "",
        "the file has " + size + " bytes; a spec file may have at most " + limits.maxBytes())));
  }
}
