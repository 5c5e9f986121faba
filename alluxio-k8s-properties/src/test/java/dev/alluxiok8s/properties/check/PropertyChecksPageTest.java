package dev.alluxiok8s.properties.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.properties.catalog.PropertyCatalog;
import dev.alluxiok8s.properties.catalog.PropertyDefinition;
import dev.alluxiok8s.properties.catalog.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The docs site's page on Alluxio's own configuration ({@code src/site/markdown/alluxio-properties.md})
 * is made here: every example line is what the checker says today, and the catalog's facts are read
 * from the catalog, so the page cannot drift from either. Run with {@code
 * -Dalluxio.k8s.golden.update=true} to rewrite it after a reviewed change.
 */
class PropertyChecksPageTest {

  private static final Path PAGE =
      Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("src/site/markdown/alluxio-properties.md");

  /** One example per check: the property, its value, the process it is given to. */
  private record Example(String rule, String severity, String what, String key, String value, Optional<Role> role) {}

  private static final List<Example> EXAMPLES = List.of(
      new Example(PropertyChecker.UNKNOWN, "error", "an `alluxio.*` key Alluxio does not know (it would ignore it silently),"
          + " with the closest documented key", "alluxio.user.file.writetype.defualt", "CACHE_THROUGH", Optional.empty()),
      new Example(PropertyChecker.VALUE, "error", "a value Alluxio cannot read as its key's type, with the form expected"
          + " and an example (Alluxio's default when it is one)", "alluxio.user.metrics.collection.enabled", "on", Optional.empty()),
      new Example(PropertyChecker.VALUE, "error", "", "alluxio.user.block.size.bytes.default", "64XB", Optional.empty()),
      new Example(PropertyChecker.VALUE, "error", "", "alluxio.user.block.master.client.pool.gc.threshold", "1:30", Optional.empty()),
      new Example(PropertyChecker.DEPRECATED, "warning", "a deprecated key, or an old name (alias) of a key, naming the key"
          + " to use", "alluxio.worker.evictor.class", "alluxio.worker.block.evictor.LRUEvictor", Optional.empty()),
      new Example(PropertyChecker.DEPRECATED, "warning", "", "alluxio.underfs.address", "s3a://bucket/", Optional.empty()),
      new Example(PropertyChecker.SCOPE, "warning", "a key set for a process that does not read it (a worker key among"
          + " the masters' properties)", "alluxio.worker.session.timeout", "1min", Optional.of(Role.MASTER)));

  @Test
  void thePageShowsWhatTheChecksSayAndWhatTheCatalogHolds() throws IOException {
    String page = page(new PropertyChecker(Catalogs.newest()));

    if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("src/site/markdown/alluxio-properties.md is made from the checker and the catalog; rerun with "
            + "-Dalluxio.k8s.golden.update=true")
        .isEqualTo(page);
  }

  static String page(PropertyChecker checker) {
    PropertyCatalog catalog = checker.catalog();
    StringBuilder md = new StringBuilder();
    md.append("# Alluxio's own configuration\n\n")
        .append("The `-Dkey=value` properties a spec gives Alluxio are checked like its Kubernetes fields: against a "
            + "catalog of every property key, alias and key template of Alluxio, in the same run as every other "
            + "problem, each at its attribute with its file, line and column. Alluxio itself ignores an unknown key "
            + "silently and fails on a bad value only at start or at first use.\n\n")
        .append("Where the checks run:\n\n")
        .append("- **spec files**: `spec.properties` (every process) and each process's own `properties` "
            + "(`spec.masters.master`, `spec.masters.jobMaster`, `spec.workers.worker`, `spec.workers.jobWorker`, "
            + "`spec.fuse`). Errors refuse the spec (exit 2, nothing on standard output); warnings are printed with "
            + "the render's findings.\n")
        .append("- **Helm values** (`render --helm-values`): `properties` and each component's `properties`, at the "
            + "values key.\n")
        .append("- **any manifests** (`validate`): the `-D` options of a ConfigMap's `ALLUXIO_*_JAVA_OPTS`, at the "
            + "variable; `ALLUXIO_JAVA_OPTS` reaches every process, `ALLUXIO_MASTER_JAVA_OPTS` the master, and so on "
            + "(`KubernetesValidator.Builder.alluxioProperties(true)` in Java).\n\n")
        .append("## The checks\n\n")
        .append("This page is made by `PropertyChecksPageTest`: each example line is what the checker reports.\n\n")
        .append("| rule id | severity | what | example |\n|---|---|---|---|\n");
    for (Example e : EXAMPLES) {
      List<Diagnostic> found = checker.check(e.key(), e.key(), e.value(), e.role());
      assertThat(found).as("example of %s", e.rule()).extracting(Diagnostic::ruleId).containsExactly(e.rule());
      String given = e.role().map(r -> " (given to " + r.description() + ")").orElse("");
      md.append("| ").append(e.what().isEmpty() ? "" : "`" + e.rule() + "`").append(" | ")
          .append(e.what().isEmpty() ? "" : e.severity()).append(" | ").append(e.what()).append(" | `")
          .append(e.key()).append('=').append(e.value()).append('`').append(given).append(": ")
          .append(cell(DiagnosticFormat.line(found.get(0).withPath(""), "").replaceFirst("^(error|warning): ", "")))
          .append(" |\n");
    }
    md.append("| `").append(PropertyChecker.CATALOG).append("` | warning | the Alluxio image's tag is not of a line "
        + "with a catalog (the newest catalog is used, and named) | `images.alluxio.tag: 2.8.1`: ")
        .append(cell(Catalogs.forImageTag("2.8.1").note().orElseThrow())).append(" |\n\n");
    md.append("Keys outside `alluxio.` pass unless the catalog knows them: Alluxio passes such keys on to its under "
            + "stores, Hadoop and Ratis (`fs.*`, `s3a.*`, `aws.*`, `hadoop.*`, `log4j.*` and other Java system "
            + "properties). Keys under a template pass as the template's type, so Hadoop and Ratis options nest "
            + "freely under `alluxio.master.mount.table.<mount>.option.*`, `alluxio.master.journal.ufs.option.*` and "
            + "`alluxio.master.embedded.journal.ratis.config.*`. A whole value of the form `${key}` refers to another "
            + "property and is left to Alluxio. A value is never quoted back when Alluxio marks its key as a "
            + "credential.\n\n");
    md.append("Which processes read a key is Alluxio's own scope of it (master, worker, client, server = master and "
        + "worker, all). The job master and the job worker also run Alluxio's client, so client keys reach them; "
        + "FUSE is a client.\n\n");
    md.append("## The catalog\n\n")
        .append("- Source: `").append(catalog.source()).append("`, read at build time by `CatalogGeneratorTest` (test "
            + "scope: Alluxio's jars never reach a user's class path).\n")
        .append("- Alluxio version: ").append(catalog.version()).append("; it checks every image of the 2.9 line.\n")
        .append("- ").append(catalog.keys().size()).append(" keys (")
        .append(catalog.keys().values().stream().filter(PropertyDefinition::hidden).count()).append(" hidden, ")
        .append(catalog.keys().values().stream().filter(PropertyDefinition::isDeprecated).count()).append(" deprecated), ")
        .append(catalog.keys().values().stream().mapToInt(d -> d.aliases().size()).sum()).append(" aliases, ")
        .append(catalog.templates().size()).append(" templates.\n")
        .append("- Resource: `dev/alluxiok8s/properties/catalog/").append(Catalogs.RESOURCE).append("` in "
            + "`alluxio-k8s-properties`, one tab-separated line per key, sorted. The build fails when it differs from "
            + "what Alluxio's `PropertyKey` defines; after an Alluxio upgrade, regenerate it with "
            + "`mvn -pl alluxio-k8s-properties test -Dalluxio.k8s.catalog.update=true` and review the diff.\n\n")
        .append("### Key templates\n\n")
        .append("| template | type | read by |\n|---|---|---|\n");
    for (PropertyDefinition t : catalog.templates()) {
      md.append("| `").append(t.name()).append("` | ").append(t.type().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(t.scope().name().toLowerCase(java.util.Locale.ROOT)).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void theJavaWordingOfAFindingNamesItsHint() {
    Diagnostic d = new PropertyChecker(Catalogs.newest())
        .check("k", "alluxio.worker.evictor.class", "x", Optional.empty()).get(0);
    assertThat(DiagnosticFormat.hint(d, JavaApiWording.INSTANCE)).isEqualTo("use alluxio.worker.block.annotator.class");
  }
}
