package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.render.config.CredentialVariables;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From the same values file, our objects reproduce the facts of the chart's own output (each
 * process's {@code -D} properties, the workloads, the number of masters, containers, ports,
 * mount paths, host networking and users), except for the deliberate differences listed in
 * {@link #DELIBERATE}, the same table as the documentation's "Migrating from the Helm chart".
 * Every row must excuse at least one difference, so the table holds no stale rows.
 */
class ChartParityTest {

  /** One fact that differs: which fact, where (process, workload or container), which key, and both sides (null: absent). */
  record Diff(String fact, String scope, String key, String chart, String ours) {
    @Override
    public String toString() {
      return fact + " " + scope + (key.isEmpty() ? "" : " " + key) + ": chart=" + chart + " ours=" + ours;
    }
  }

  /** A reference case being compared. */
  record Case(String name, ChartLine version, HelmImport imported) {
    ClusterSpec spec() {
      return imported.cluster().spec();
    }

    boolean warned(String key, String text) {
      return imported.warnings().stream().anyMatch(w -> w.path().equals(key) && w.message().contains(text));
    }

    boolean warnedAnywhere(String text) {
      return imported.warnings().stream().anyMatch(w -> w.message().contains(text));
    }
  }

  /** A deliberate difference: its id, what the chart does, what alluxio-k8s does, and which diffs it explains. */
  record Deliberate(String id, String chart, String here, BiPredicate<Case, Diff> covers) {}

  private static final Set<String> PORT_PROPERTIES = Set.of("alluxio.master.rpc.port=19998", "alluxio.master.web.port=19999",
      "alluxio.master.embedded.journal.port=19200", "alluxio.job.master.rpc.port=20001", "alluxio.job.master.web.port=20002",
      "alluxio.job.master.embedded.journal.port=20003", "alluxio.proxy.web.port=39999");
  private static final Pattern QUOTA = Pattern.compile("alluxio\\.worker\\.tieredstore\\.level\\d+\\.dirs\\.quota");
  private static final Pattern ALIAS = Pattern.compile("alluxio\\.worker\\.tieredstore\\.level(\\d+)\\.alias");

  static final List<Deliberate> DELIBERATE = List.of(
      new Deliberate("credentials-in-secret",
          "literal credential properties in the ConfigMap, for every process",
          "a generated Secret `<name>-ufs-credentials`, read through `${UFS_CREDENTIAL_*}` by the masters, workers and job processes",
          (c, d) -> d.fact().equals("option") && credential(c, d.key())
              && (Objects.equals(d.ours(), "${" + CredentialVariables.forProperty(d.key()) + "}")
                  || (Set.of("fuse", "proxy").contains(d.scope()) && d.ours() == null))),
      new Deliberate("stale-channel-default",
          "always sets `alluxio.security.stale.channel.purge.interval=365d`",
          "not set unless the values file sets it (a workaround for old releases)",
          (c, d) -> option(d, "alluxio.security.stale.channel.purge.interval") && "365d".equals(d.chart()) && d.ours() == null),
      new Deliberate("master-hostname-from-pod",
          "master host name as a literal (one master) or hidden per-pod env (several)",
          "`${ALLUXIO_MASTER_HOSTNAME}` from the pod's name in the master and job master",
          (c, d) -> (option(d, "alluxio.master.hostname") || option(d, "alluxio.job.master.hostname"))
              && Set.of("master", "jobMaster").contains(d.scope()) && "${ALLUXIO_MASTER_HOSTNAME}".equals(d.ours())),
      new Deliberate("embedded-addresses-commas",
          "embedded journal addresses with a trailing (0.5.2) or leading (0.6.54) comma",
          "no stray commas",
          (c, d) -> option(d, "alluxio.master.embedded.journal.addresses") && d.chart() != null && d.ours() != null
              && d.chart().replaceAll("^,|,$", "").equals(d.ours())),
      new Deliberate("ports-explicit",
          "master and proxy ports hard-coded in the templates, not passed to Alluxio",
          "every master and proxy port passed as a property (same values)",
          (c, d) -> d.fact().equals("option") && d.chart() == null && PORT_PROPERTIES.contains(d.key() + "=" + d.ours())),
      new Deliberate("quota-exact",
          "the tier quota as written (`1G`, `1Gi`), which Alluxio and Kubernetes read differently",
          "the same number of bytes in Alluxio's syntax (`1GB`)",
          (c, d) -> d.fact().equals("option") && QUOTA.matcher(d.key()).matches() && d.chart() != null && d.ours() != null
              && bytes(d.chart()).equals(bytes(d.ours()))),
      new Deliberate("no-jvm-memory-as-ramdisk",
          "`alluxio.worker.memory.size` (0.5.2) or `ramdisk.size` (0.6.54) from the worker's memory request",
          "not set: the MEM tier's quota sizes the RAM disk",
          (c, d) -> (option(d, "alluxio.worker.memory.size") || option(d, "alluxio.worker.ramdisk.size")) && d.ours() == null),
      new Deliberate("ram-tier-quota",
          "a tier level in RAM without a quota: Alluxio sizes it (from the worker's memory request, or two thirds of the node's memory)",
          "the line's default quota, with a warning: its files count against the worker's memory limit, which must hold them",
          (c, d) -> d.fact().equals("option") && QUOTA.matcher(d.key()).matches() && d.chart() == null && d.ours() != null
              && c.warnedAnywhere("a tier level in RAM without a quota")),
      new Deliberate("tier-alias-explicit",
          "no tier alias unless the values give one: Alluxio's default for the level applies",
          "each level's alias written out (the same default)",
          (c, d) -> {
            Matcher m = ALIAS.matcher(d.key());
            return d.fact().equals("option") && m.matches() && d.chart() == null
                && MediumType.values()[Integer.parseInt(m.group(1))].name().equals(d.ours());
          }),
      new Deliberate("bind-hosts",
          "no bind host properties (0.6.54)",
          "masters, job masters and workers bind to `0.0.0.0`, as in 0.5.2",
          (c, d) -> d.fact().equals("option") && d.key().endsWith("bind.host") && d.chart() == null && "0.0.0.0".equals(d.ours())),
      new Deliberate("short-circuit-local",
          "policy `local`: no domain socket; FUSE mounts the workers' hostPath tiers",
          "short-circuit always through the domain socket (policy `uuid`)",
          (c, d) -> (c.warned("worker.shortCircuitPolicy", "policy local") || c.warned("shortCircuit.policy", "policy local"))
              && ((d.fact().equals("option") && d.key().startsWith("alluxio.worker.data.server.domain.socket.") && d.chart() == null)
                  || (d.fact().equals("mount") && d.scope().endsWith(" alluxio-fuse"))
                  || (d.fact().equals("mount") && d.key().equals("/opt/domain") && d.chart() == null))),
      new Deliberate("short-circuit-off-means-off",
          "short-circuit disabled: the workers keep the domain socket (0.5.2); only clients are told (0.6.54)",
          "disabled short-circuit drops the socket properties and directory, and every process is told",
          (c, d) -> !c.spec().shortCircuit().enabled()
              && ((d.ours() == null && d.fact().equals("option") && d.key().startsWith("alluxio.worker.data.server.domain.socket."))
                  || (d.ours() == null && d.fact().equals("mount") && d.key().equals("/opt/domain"))
                  || (option(d, "alluxio.user.short.circuit.enabled") && d.chart() == null && "false".equals(d.ours())))),
      new Deliberate("metastore-master-only",
          "`alluxio.master.metastore*` in the global options, so every process gets them",
          "set for the master only",
          (c, d) -> d.fact().equals("option") && d.key().startsWith("alluxio.master.metastore") && !d.scope().equals("master")
              && d.ours() == null),
      new Deliberate("fuse-mount-as-arguments",
          "FUSE mount settings as `alluxio.fuse.mount.*` properties (0.6.54; `mount.point=<nil>`) and the mount's parent `/mnt` as the volume",
          "mount point, Alluxio path and options as FUSE's arguments; the mount point's parent as the volume (0.5.2's `/alluxio-fuse`, at the node's root, moves to `/mnt/alluxio-fuse`); the client's worker host name as in 0.5.2",
          (c, d) -> d.scope().equals("fuse") && d.fact().equals("option")
                  && ((d.key().startsWith("alluxio.fuse.mount.") && d.ours() == null)
                      || (d.key().equals("alluxio.worker.hostname") && d.chart() == null))
              || (d.fact().equals("mount") && d.scope().endsWith(" alluxio-fuse")
                  && (d.key().equals("/mnt") || d.key().equals("/alluxio-fuse") || d.key().equals(c.spec().fuse().mountPoint())))),
      new Deliberate("fuse-opt-in",
          "FUSE DaemonSet always rendered (0.5.2), and FUSE options always in the ConfigMap (0.6.54)",
          "FUSE only when the values configure it (a `fuse:` block in 0.5.x, `fuse.enabled` in 0.6.x)",
          (c, d) -> !c.spec().fuse().enabled() && d.ours() == null
              && ((d.fact().equals("workload") && d.scope().endsWith("-fuse")) || (d.fact().equals("process") && d.scope().equals("fuse")))),
      new Deliberate("proxy-opt-in",
          "the proxy's Java options always in the ConfigMap (0.6.54)",
          "the proxy's options only when the proxy is enabled",
          (c, d) -> !c.spec().proxy().enabled() && d.ours() == null && d.fact().equals("process") && d.scope().equals("proxy")),
      new Deliberate("fuse-demo-client",
          "demo DaemonSet `alluxio-fuse-client` (`alpine:latest`) always rendered (0.5.2)",
          "not rendered by the import",
          (c, d) -> d.fact().equals("workload") && d.scope().endsWith("-fuse-client") && d.ours() == null),
      new Deliberate("format-job-opt-in",
          "format Job `alluxio-format-master` always rendered (0.5.2): applying it erases the journal",
          "not rendered; format by hand when needed",
          (c, d) -> d.fact().equals("workload") && d.scope().endsWith("-format-master") && d.ours() == null),
      new Deliberate("job-journal-on-volume",
          "the job master mounts no journal volume: its `JobJournal` (a Raft log with an EMBEDDED journal) is lost at every restart",
          "the job master mounts the masters' journal volume at the journal folder",
          (c, d) -> d.fact().equals("mount") && d.scope().endsWith(" alluxio-job-master") && d.chart() == null
              && d.key().equals(c.spec().journal().folder())),
      new Deliberate("job-embedded-port",
          "the job master's embedded journal port 20003 only with several masters (0.6.54) or never (0.5.2)",
          "declared whenever the journal is EMBEDDED",
          (c, d) -> d.fact().equals("port") && d.scope().endsWith(" alluxio-job-master") && d.key().equals("job-embedded=20003")
              && d.chart() == null),
      new Deliberate("csi-controller-restricted",
          "the CSI controller on the node's network, as the images' users (root)",
          "on the pod network as Alluxio's user, at the restricted level (it only talks to the API server and the masters); the provisioner serves HTTP on port 8080 for its probes",
          (c, d) -> c.spec().csi().enabled() && d.scope().contains("-csi-controller")
              && ((d.fact().equals("hostNetwork") && "true".equals(d.chart()) && "false".equals(d.ours()))
                  || (d.fact().equals("port") && d.key().equals("http=8080") && d.chart() == null)
                  || (d.fact().equals("runAsUser") && d.chart().equals("null")
                      && String.valueOf(c.spec().runAs().user()).equals(d.ours())))));

  private static final Set<String> USED = new TreeSet<>();
  private static int compared;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.alluxiok8s.cli.Reference#allCases")
  void reproducesTheChartsFactsExceptDeliberateDifferences(String name, Path kase, ChartLine version) throws Exception {
    kase = Reference.present(kase);
    HelmImport imported = HelmValuesImport.create().chartLine(version).read(kase.resolve("values.yaml"));
    String ours = ImportedRendering.rendererBuilder(imported, ImportedRendering.naming(imported, true)).build()
        .render(imported.cluster()).stream();
    Path rendered = kase.resolve("rendered.yaml");
    assumeThat(Files.exists(rendered) && Files.size(rendered) > 0)
        .as("%s: the chart itself fails on these values (a chart bug); ours imports and renders them", name).isTrue();
    Case c = new Case(name, version, imported);
    List<Diff> diffs = compare(ChartFacts.of(Files.readString(rendered, StandardCharsets.UTF_8), "alluxio"),
        ChartFacts.of(ours, imported.cluster().name()));
    List<String> unexplained = new ArrayList<>();
    for (Diff d : diffs) {
      List<String> by = DELIBERATE.stream().filter(r -> r.covers().test(c, d)).map(Deliberate::id).toList();
      if (by.isEmpty()) {
        unexplained.add(d.toString());
      }
      synchronized (USED) {
        USED.addAll(by);
      }
    }
    synchronized (USED) {
      compared++;
    }
    assertThat(unexplained).as(name + ": differences from the chart that no deliberate difference explains").isEmpty();
  }

  @AfterAll
  static void everyDeliberateDifferenceIsStillNeeded() throws IOException {
    if (Reference.root() == null) {
      return; // no case ran: each was reported as skipped, and no row can be judged
    }
    int comparable = comparableCases();
    assertThat(compared)
        .as("only %d of the %d reference cases the charts render were compared, so stale rows of the deliberate "
            + "differences table cannot be told; run the whole class", compared, comparable)
        .isEqualTo(comparable);
    assertThat(USED).as("rows of the deliberate differences table that no case needs any more")
        .containsExactlyInAnyOrderElementsOf(DELIBERATE.stream().map(Deliberate::id).toList());
  }

  /** The reference cases whose chart render is not empty: the ones the parity test compares. */
  private static int comparableCases() throws IOException {
    int n = 0;
    for (String chart : new String[] {"alluxio-helm-0.5.2", "alluxio-helm-0.6.54"}) {
      for (Path kase : Reference.cases(Reference.chart(chart))) {
        Path rendered = kase.resolve("rendered.yaml");
        if (Files.exists(rendered) && Files.size(rendered) > 0) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void theDocumentationHasTheSameTable() throws IOException {
    String text = Reference.migrationPage();
    for (Deliberate d : DELIBERATE) {
      assertThat(text).contains("| `" + d.id() + "` | " + d.chart() + " | " + d.here() + " |");
    }
  }

  static List<Diff> compare(ChartFacts chart, ChartFacts ours) {
    List<Diff> diffs = new ArrayList<>();
    for (String process : union(chart.options().keySet(), ours.options().keySet())) {
      Map<String, String> c = chart.options().get(process);
      Map<String, String> o = ours.options().get(process);
      if (c == null || o == null) {
        diffs.add(new Diff("process", process, "", c == null ? null : "present", o == null ? null : "present"));
        continue;
      }
      for (String key : union(c.keySet(), o.keySet())) {
        if (!Objects.equals(c.get(key), o.get(key))) {
          diffs.add(new Diff("option", process, key, c.get(key), o.get(key)));
        }
      }
    }
    if (chart.masters() != ours.masters()) {
      diffs.add(new Diff("masters", "", "", String.valueOf(chart.masters()), String.valueOf(ours.masters())));
    }
    for (String w : union(chart.workloads(), ours.workloads())) {
      boolean inChart = chart.workloads().contains(w);
      boolean inOurs = ours.workloads().contains(w);
      if (inChart != inOurs) {
        diffs.add(new Diff("workload", w, "", inChart ? "present" : null, inOurs ? "present" : null));
        continue;
      }
      if (!chart.containers().get(w).equals(ours.containers().get(w))) {
        diffs.add(new Diff("containers", w, "", chart.containers().get(w).toString(), ours.containers().get(w).toString()));
      }
      if (!chart.hostNetwork().get(w).equals(ours.hostNetwork().get(w))) {
        diffs.add(new Diff("hostNetwork", w, "", chart.hostNetwork().get(w).toString(), ours.hostNetwork().get(w).toString()));
      }
    }
    for (String container : union(chart.ports().keySet(), ours.ports().keySet())) {
      if (!chart.ports().containsKey(container) || !ours.ports().containsKey(container)) {
        continue; // a container of a workload only one side has: reported as a workload or containers difference
      }
      elements(diffs, "port", container, chart.ports().get(container), ours.ports().get(container));
      elements(diffs, "mount", container, chart.mounts().get(container), ours.mounts().get(container));
      if (!Objects.equals(chart.runAsUser().get(container), ours.runAsUser().get(container))) {
        diffs.add(new Diff("runAsUser", container, "", String.valueOf(chart.runAsUser().get(container)),
            String.valueOf(ours.runAsUser().get(container))));
      }
    }
    return diffs;
  }

  private static void elements(List<Diff> diffs, String fact, String scope, Set<String> chart, Set<String> ours) {
    for (String e : union(chart, ours)) {
      if (chart.contains(e) != ours.contains(e)) {
        diffs.add(new Diff(fact, scope, e, chart.contains(e) ? "present" : null, ours.contains(e) ? "present" : null));
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(new TreeSet<>(a));
    all.addAll(new TreeSet<>(b));
    return all;
  }

  private static boolean option(Diff d, String key) {
    return d.fact().equals("option") && d.key().equals(key);
  }

  private static boolean credential(Case c, String key) {
    return c.spec().underStorage().credentials().stream().map(CredentialReference::property).anyMatch(key::equals);
  }

  /**
   * An Alluxio size list ({@code 1G,10GB}, {@code 1Gi}, {@code 100}) as bytes per part; Alluxio's
   * units are binary, and a size without a unit is bytes.
   */
  static List<BigInteger> bytes(String sizes) {
    List<BigInteger> all = new ArrayList<>();
    for (String part : sizes.split(",")) {
      Matcher m = Pattern.compile("([0-9]+)([KMGTP]?)(?:B|i)?", Pattern.CASE_INSENSITIVE).matcher(part.trim());
      if (!m.matches()) {
        return List.of(BigInteger.valueOf(-1));
      }
      // Without a unit, indexOf("") would be 0 and read the size as KiB.
      int power = m.group(2).isEmpty() ? 0 : "KMGTP".indexOf(m.group(2).toUpperCase(java.util.Locale.ROOT)) + 1;
      all.add(new BigInteger(m.group(1)).shiftLeft(10 * power));
    }
    return all;
  }
}
