package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmValuesImportTest {

  /** The guide's S3 example, placeholders filled in. */
  private static final String GUIDE = """
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        aws.accessKeyId: AKIDEXAMPLE
        aws.secretKey: wJalrXUtnFEMIexample
      """;

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static HelmImport read(ChartLine version, String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(version).read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(String yaml) {
    try {
      read(yaml);
    } catch (HelmValuesException e) {
      return e.diagnostics().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
    }
    throw new AssertionError("expected the import to fail");
  }

  private static List<String> warnings(HelmImport imported) {
    return imported.warnings().stream().map(w -> DiagnosticFormat.line(w, "")).toList();
  }

  @Test
  void literalCredentialsMoveIntoAGeneratedSecretAndAreReferencedFromThere() throws Exception {
    HelmImport imported = read(GUIDE);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.underStorage().rootUri()).isEqualTo("s3a://analytics/alluxio");
    assertThat(spec.underStorage().credentials()).containsExactly(
        CredentialReference.of("aws.accessKeyId", "alluxio-ufs-credentials", "aws.accessKeyId"),
        CredentialReference.of("aws.secretKey", "alluxio-ufs-credentials", "aws.secretKey"));
    assertThat(spec.properties()).doesNotContainKeys("aws.accessKeyId", "aws.secretKey");
    GeneratedSecret secret = imported.generatedSecret("alluxio-ufs-credentials").orElseThrow();
    assertThat(secret.stringData()).isEqualTo(Map.of("aws.accessKeyId", "AKIDEXAMPLE", "aws.secretKey", "wJalrXUtnFEMIexample"));
    assertThat(warnings(imported)).anySatisfy(w -> assertThat(w)
        .startsWith("config.yaml:4:3: warning: properties.\"aws.secretKey\": the literal credential was moved into "
            + "the generated Secret alluxio-ufs-credentials")
        .contains("create a Secret yourself"));
    assertThat(String.join("\n", warnings(imported)) + imported + imported.specYaml() + secret)
        .doesNotContain("wJalrXUtnFEMIexample").doesNotContain("AKIDEXAMPLE");
  }

  @Test
  void aFileMixingBothLinesIsReadAs05WithAWarning() throws Exception {
    HelmImport imported = read(GUIDE + "domainHostPath: /var/run/alluxio\nshortCircuit:\n  enabled: true\n");
    assertThat(imported.chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(warnings(imported)).anyMatch(w -> w.contains("mixes keys of chart 0.5.x (domainHostPath) and 0.6.x (shortCircuit)"))
        .anyMatch(w -> w.startsWith("config.yaml:6:1: warning: shortCircuit: is a key of chart 0.6.x"));
    assertThat(imported.cluster().spec().shortCircuit().hostPath()).isEqualTo("/var/run/alluxio");
  }

  @Test
  void theImportedClusterIsAlsoASpecFileThatReadsBackTheSame() throws Exception {
    HelmImport imported = read(GUIDE + "master:\n  count: 3\njournal:\n  type: EMBEDDED\n");
    assertThat(dev.alluxiok8s.schema.file.SpecReader.create().readText("alluxio.yaml", imported.specYaml()))
        .isEqualTo(imported.cluster());
  }

  @Test
  void chart05RunsFuseWhenTheValuesConfigureItUnlessTheySayOtherwise() throws Exception {
    assertThat(read(ChartLine.V0_5, GUIDE + "fuse:\n  jvmOptions: -Xmx1g\n").cluster().spec().fuse().enabled()).isTrue();
    assertThat(read(ChartLine.V0_5, GUIDE + "fuse:\n  enabled: false\n").cluster().spec().fuse().enabled()).isFalse();
  }

  @Test
  void credentialsGivenAsRootMountOptionsMoveToo() throws Exception {
    HelmImport imported = read("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics
          alluxio.master.mount.table.root.option.aws.secretKey: wJalrXUtnFEMIexample
          alluxio.master.mount.table.root.option.alluxio.underfs.s3.region: eu-west-1
        """);
    assertThat(imported.cluster().spec().underStorage().options()).containsExactly(Map.entry("alluxio.underfs.s3.region", "eu-west-1"));
    assertThat(imported.cluster().spec().underStorage().credentials()).extracting(CredentialReference::property)
        .containsExactly("alluxio.master.mount.table.root.option.aws.secretKey");
  }

  @Test
  void theGuidesPlaceholdersAreErrorsThatNeverEchoACredential() {
    List<String> errors = errors("""
        properties:
          alluxio.master.mount.table.root.ufs: <under_storage_address>
          aws.accessKeyId: <accessKey>
          aws.secretKey: s3cr3t<secretKey>
        """);
    assertThat(errors).containsExactly(
        "config.yaml:2:3: error: properties.\"alluxio.master.mount.table.root.ufs\": \"<under_storage_address>\" still "
            + "holds the guide's placeholder <under_storage_address>, which the guide says MUST be changed; put the real value there",
        "config.yaml:3:3: error: properties.\"aws.accessKeyId\": still holds the guide's placeholder <accessKey>, which "
            + "the guide says MUST be changed; put the real value there",
        "config.yaml:4:3: error: properties.\"aws.secretKey\": still holds the guide's placeholder <secretKey>, which "
            + "the guide says MUST be changed; put the real value there");
    assertThat(String.join("\n", errors)).doesNotContain("s3cr3t");
  }

  @Test
  void aPlaceholderInsideAUriIsAnErrorToo() {
    assertThat(errors("properties:\n  alluxio.master.mount.table.root.ufs: s3a://<bucket>/alluxio\n"))
        .singleElement().asString().contains("<bucket>").contains("MUST be changed");
  }

  @Test
  void unknownKeysAreErrorsWithADidYouMean() {
    assertThat(errors("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics
        jounral:
          type: EMBEDDED
        master:
          cout: 3
        """)).containsExactly(
        "config.yaml:3:1: error: jounral: unknown key of chart 0.5.x; did you mean \"journal\"?",
        "config.yaml:6:3: error: master.cout: unknown key of chart 0.5.x; did you mean \"count\"?");
  }

  @Test
  void keysTheChartIgnoresAreWarnings() throws Exception {
    HelmImport imported = read(GUIDE + """
        worker:
          ramdisk:
            size: 2Gi
          domainHostPath: /var/run/alluxio
        master:
          resources:
            ports:
              rpc: 19998
        nameOverride: my-alluxio
        """);
    assertThat(warnings(imported)).anyMatch(w -> w.startsWith("config.yaml:6:3: warning: worker.ramdisk: the chart ignores it"))
        .anyMatch(w -> w.startsWith("config.yaml:8:3: warning: worker.domainHostPath: the chart ignores it"))
        .anyMatch(w -> w.startsWith("config.yaml:11:5: warning: master.resources.ports: the chart ignores it"))
        .anyMatch(w -> w.startsWith("config.yaml:13:1: warning: nameOverride: only the chart's 'app' label"));
  }

  @Test
  void aKeyOfTheOtherChartLineIsAWarningWhenTheVersionIsGiven() throws Exception {
    HelmImport imported = read(ChartLine.V0_5, GUIDE + "shortCircuit:\n  enabled: false\n");
    assertThat(warnings(imported)).anyMatch(w -> w.startsWith("config.yaml:5:1: warning: shortCircuit: is a key of chart "
        + "0.6.x, not of chart 0.5.x, which ignores it"));
    assertThat(imported.cluster().spec().shortCircuit().enabled()).isTrue();
  }

  @Test
  void theCsiDriverIsImportedWithItsExemptionInTheNamespaceHelmRendersInto() throws Exception {
    HelmImport imported = read(GUIDE + """
        csi:
          enabled: true
          mountInPod: true
          javaOptions: "-Dalluxio.user.metadata.cache.enabled=true -Xss2m "
          controllerPlugin:
            provisioner:
              image: registry.example.com/csi-provisioner:v2.0.5
          nodePlugin:
            nodeserver:
              resources:
                limits:
                  memory: 16Gi
        """);
    var csi = imported.cluster().spec().csi();
    assertThat(csi.enabled()).isTrue();
    assertThat(csi.mountInPod()).isTrue();
    assertThat(csi.javaOptions()).containsExactly("-Dalluxio.user.metadata.cache.enabled=true", "-Xss2m");
    assertThat(csi.provisionerImage().reference()).isEqualTo("registry.example.com/csi-provisioner:v2.0.5");
    assertThat(csi.nodeServerResources().limits()).containsEntry("memory", "16Gi").containsEntry("cpu", "4");
    assertThat(csi.podSecurity()).isPresent();
    assertThat(imported.cluster().metadata().namespace()).contains("default");
    assertThat(warnings(imported)).anyMatch(w -> w.startsWith("config.yaml:6:3: warning: csi.enabled: the CSI driver's "
        + "ClusterRoleBinding names the namespace"));
  }

  @Test
  void aCsiSidecarWithAMovingTagIsRefusedAtItsKey() {
    assertThat(errors(GUIDE + "csi:\n  enabled: true\n  nodePlugin:\n    driverRegistrar:\n"
        + "      image: registry.k8s.io/sig-storage/csi-node-driver-registrar:latest\n"))
        .singleElement().asString().startsWith("config.yaml:9:7: error: csi.nodePlugin.driverRegistrar.image: "
            + "\"latest\" is not a pinned tag");
  }

  @Test
  void theRootUnderStorageIsRequired() {
    assertThat(errors("master:\n  count: 1\n")).singleElement().asString()
        .startsWith("config.yaml:1:1: error: properties: \"alluxio.master.mount.table.root.ufs\" is required");
  }

  @Test
  void wrongTypesAndValuesNameTheKeyAndItsPosition() {
    assertThat(errors(GUIDE + """
        master:
          count: three
        journal:
          type: embedded
        imagePullPolicy: Sometimes
        """)).containsExactly(
        "config.yaml:6:3: error: master.count: expected a whole number, got \"three\"",
        "config.yaml:8:3: error: journal.type: \"embedded\" is not one of UFS, EMBEDDED; did you mean \"EMBEDDED\"?",
        "config.yaml:9:1: error: imagePullPolicy: \"Sometimes\" is not one of IfNotPresent, Always, Never");
  }

  @Test
  void aListWrittenAsAScalarIsAnErrorEvenWhereItsAreaStoppedEarlier() {
    // The masters' ports fail first, so their mapping never reads extraServicePorts: the key check still does.
    assertThat(errors(GUIDE + "master:\n  ports:\n    rpc: 70000\n  extraServicePorts: 8080\n")).contains(
        "config.yaml:8:3: error: master.extraServicePorts: expected a list, got a scalar");
  }

  @Test
  void aBlockWrittenAsAScalarIsAnErrorNotNothing() {
    assertThat(errors(GUIDE + "master: 3\ntieredstore:\n  levels: MEM\n")).containsExactly(
        "config.yaml:5:1: error: master: expected a mapping of args, count, dnsPolicy, hostNetwork, jvmOptions, metastore, "
            + "nodeSelector, properties, replicas, resources, got a scalar",
        "config.yaml:7:3: error: tieredstore.levels: expected a list, got a scalar");
  }

  @Test
  void modelInvariantsAreReportedAtTheValuesKeyTheAttributeCameFrom() {
    assertThat(errors(GUIDE + "master:\n  count: 2\njournal:\n  type: EMBEDDED\n")).singleElement().asString()
        .startsWith("config.yaml:6:3: error: master.count: an EMBEDDED journal needs an odd number of masters")
        .endsWith("(spec.masters.count)");
  }

  @Test
  void problemsOfDifferentPartsComeTogetherEachAtItsKey() {
    assertThat(errors("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics
          alluxio.user.file.writetype.default: "CACHE THROUGH"
        worker:
          resources:
            requests:
              memory: 8G
        master:
          count: 0
          properties:
            alluxio.master.hostname: my-master
        fullnameOverride: Not_A_Name
        """)).containsExactly(
        "config.yaml:3:3: error: properties.\"alluxio.user.file.writetype.default\": \"CACHE THROUGH\" is not a valid enum "
            + "for Alluxio: expected one of MUST_CACHE, TRY_CACHE, CACHE_THROUGH, THROUGH, ASYNC_THROUGH, NONE "
            + "[ALLUXIO-PROPERTY-VALUE]",
        "config.yaml:3:3: error: properties.\"alluxio.user.file.writetype.default\": the value may not contain white space: "
            + "Alluxio splits its Java options on spaces (spec.properties.\"alluxio.user.file.writetype.default\")",
        "config.yaml:7:7: error: worker.resources.requests.memory: must be less than or equal to memory limit of 2G "
            + "(spec.workers.worker.resources.requests.memory)",
        "config.yaml:9:3: error: master.count: must be between 1 and 99, got 0 (spec.masters.count)",
        "config.yaml:11:5: error: master.properties.\"alluxio.master.hostname\": alluxio-k8s computes this property from "
            + "spec.masters (computed per master); set the chart's own key for it instead (see the key-by-key table of "
            + "'Migrating from the Helm chart')",
        "config.yaml:12:1: error: fullnameOverride: \"Not_A_Name\" must be a DNS-1035 label of at most 40 characters "
            + "(lower-case letters, digits and '-', starting with a letter): it prefixes every object name (spec.metadata.name)");
  }

  @Test
  void propertiesTheRendererComputesAreMappedOrRefused() throws Exception {
    HelmImport imported = read(GUIDE + """
          alluxio.master.metastore: ROCKS
          alluxio.master.journal.type: EMBEDDED
          alluxio.user.short.circuit.enabled: "false"
          alluxio.user.file.writetype.default: CACHE_THROUGH
        """);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.metastore().type()).isEqualTo(MetastoreType.ROCKS);
    assertThat(spec.journal().type()).isEqualTo(JournalType.EMBEDDED);
    assertThat(spec.shortCircuit().enabled()).isFalse();
    assertThat(spec.properties()).containsExactly(Map.entry("alluxio.user.file.writetype.default", "CACHE_THROUGH"));
    assertThat(errors(GUIDE + "  alluxio.master.hostname: my-master\n")).singleElement().asString()
        .startsWith("config.yaml:5:3: error: properties.\"alluxio.master.hostname\": alluxio-k8s computes this property");
  }

  @Test
  void aCredentialInAComponentsPropertiesIsRefusedWithoutItsValue() {
    assertThat(errors(GUIDE + "master:\n  properties:\n    fs.azure.account.key.x: s3cr3t\n")).singleElement().asString()
        .startsWith("config.yaml:7:5: error: master.properties.\"fs.azure.account.key.x\": looks like a credential")
        .doesNotContain("s3cr3t");
  }

  @Test
  void chart05DefaultsAreApplied() throws Exception {
    HelmImport imported = read(GUIDE);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(imported.chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(warnings(imported)).anyMatch(w -> w.contains("no key tells chart 0.5.x from 0.6.x apart"));
    assertThat(spec.images().alluxio().reference()).isEqualTo("alluxio/alluxio:2.2.0-SNAPSHOT");
    assertThat(spec.workers().hostNetwork()).isTrue();
    assertThat(spec.journal().volume().accessModes()).containsExactly(AccessMode.READ_WRITE_MANY);
    assertThat(spec.journal().volume().storageClass()).contains("standard");
    assertThat(spec.tieredStore().levels()).singleElement().satisfies(l -> assertThat(l.directories())
        .extracting(TierDirectory::quota).containsExactly(java.util.Optional.of("1Gi")));
    assertThat(spec.fuse().enabled()).isFalse();
    assertThat(warnings(imported)).anyMatch(w -> w.contains("always runs the FUSE DaemonSets"));
    assertThat(imported.chartJournalClaim()).isEqualTo("alluxio-pv-claim");
  }

  @Test
  void chart06IsDetectedAndItsDefaultsApplied() throws Exception {
    HelmImport imported = read(GUIDE + "shortCircuit:\n  volumeType: hostPath\nworker:\n  fuseEnabled: true\n");
    ClusterSpec spec = imported.cluster().spec();
    assertThat(imported.chartLine()).isEqualTo(ChartLine.V0_6);
    assertThat(spec.images().alluxio().tag()).isEqualTo("2.9.4-SNAPSHOT");
    assertThat(spec.workers().hostNetwork()).isFalse();
    assertThat(spec.masters().master().resources().limits()).containsEntry("memory", "8Gi");
    assertThat(spec.fuse().enabled()).isTrue();
    assertThat(spec.fuse().inWorker()).isTrue();
    assertThat(spec.fuse().mountPoint()).isEqualTo("/mnt/alluxio-fuse");
    assertThat(spec.workers().podSecurity()).hasValueSatisfying(e -> assertThat(e.reason()).contains("FUSE inside the workers"));
    assertThat(spec.fuse().podSecurity()).isEmpty();
  }

  @Test
  void fuseInTheWorkerMountsWhereTheChartsWorkerTemplatesLook() throws Exception {
    // The chart's worker templates read fuse.mountPath, which its values leave undefined (mount point <nil>).
    HelmImport imported = read(GUIDE + "worker:\n  fuseEnabled: true\nfuse:\n  mountPath: /mnt/data/alluxio\n"
        + "  jvmOptions: [-Xmx1g]\n");
    assertThat(imported.cluster().spec().fuse().mountPoint()).isEqualTo("/mnt/data/alluxio");
    assertThat(imported.cluster().spec().fuse().jvmOptions()).isEmpty();
    assertThat(warnings(imported)).anyMatch(w -> w.contains("fuse.jvmOptions: not used: with worker.fuseEnabled"));
  }

  @Test
  void tiersKeepTheirMediaPathsAndQuotasInKubernetesUnits() throws Exception {
    HelmImport imported = read(GUIDE + """
        tieredstore:
          levels:
          - level: 0
            mediumtype: MEM,SSD
            path: /dev/shm,/alluxio-ssd
            type: emptyDir
            quota: 1GB,10GB
            high: 0.95
            low: 0.7
        """);
    var level = imported.cluster().spec().tieredStore().levels().get(0);
    assertThat(level.alias()).isEqualTo(MediumType.MEM);
    assertThat(level.directories()).extracting(TierDirectory::path, d -> d.quota().orElseThrow(), d -> d.mediumType().orElseThrow(),
        d -> d.volume().orElseThrow().kind()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/dev/shm", "1Gi", MediumType.MEM, VolumeKind.EMPTY_DIR),
        org.assertj.core.groups.Tuple.tuple("/alluxio-ssd", "10Gi", MediumType.SSD, VolumeKind.EMPTY_DIR));
  }

  @Test
  void levelsMustBeListedInOrderAndNoListLongerThanThePaths() {
    assertThat(errors(GUIDE + """
        tieredstore:
          levels:
          - level: 1
            mediumtype: MEM,SSD
            path: /dev/shm
        """)).containsExactly(
        "config.yaml:7:5: error: tieredstore.levels[0].level: level 1 is listed at position 0; list the levels in order 0, 1, 2 "
            + "(Alluxio numbers them by position here)",
        "config.yaml:7:5: error: tieredstore.levels[0]: mediumtype and quota may not list more comma-separated parts "
            + "than path, got 2, 1 and 0");
  }

  @Test
  void podSecurityExemptionsAreDeclaredWithTheirReasonAndAWarning() throws Exception {
    HelmImport imported = read(GUIDE + "fuse:\n  jvmOptions: \" -Xmx1g \"\n");
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.workers().podSecurity()).hasValueSatisfying(e -> {
      assertThat(e.level()).isEqualTo(PodSecurityLevel.PRIVILEGED);
      assertThat(e.reason()).isEqualTo("imported from Alluxio's Helm chart: workers use host networking and a hostPath domain socket");
    });
    assertThat(spec.fuse().enabled()).isTrue();
    assertThat(spec.fuse().jvmOptions()).containsExactly("-Xmx1g");
    assertThat(spec.fuse().podSecurity()).isPresent();
    assertThat(spec.masters().podSecurity()).isEmpty();
    assertThat(warnings(imported)).anyMatch(w -> w.contains("workers: declared a Pod Security exemption (privileged)"));
  }

  @Test
  void jvmOptionsOfBothLinesAreSplitIntoOptionsAndTheGlobalOnesComeFirst() throws Exception {
    HelmImport v05 = read(ChartLine.V0_5, GUIDE + "jvmOptions: \"-XX:+UseG1GC -Xss1m\"\nmaster:\n  jvmOptions: \" -Xmx512m \"\n");
    assertThat(v05.cluster().spec().masters().master().jvmOptions()).containsExactly("-XX:+UseG1GC", "-Xss1m", "-Xmx512m");
    HelmImport v06 = read(GUIDE + "jvmOptions:\n- -XX:+UseG1GC\nworker:\n  jvmOptions:\n  - -Xmx2g -Xms2g\n");
    assertThat(v06.chartLine()).isEqualTo(ChartLine.V0_6);
    assertThat(v06.cluster().spec().workers().worker().jvmOptions()).containsExactly("-XX:+UseG1GC", "-Xmx2g", "-Xms2g");
  }

  @Test
  void resourcesMergeWithTheChartsDefaultsAsHelmDoes() throws Exception {
    HelmImport imported = read(GUIDE + "worker:\n  resources:\n    limits:\n      memory: 4G\n      cpu: ~\n");
    assertThat(imported.cluster().spec().workers().worker().resources().limits()).containsExactly(Map.entry("memory", "4G"));
    assertThat(imported.cluster().spec().workers().worker().resources().requests())
        .containsExactly(Map.entry("cpu", "1"), Map.entry("memory", "2G"));
  }

  @Test
  void theJournalClaimNameComesFromPvcNameForTheChartNaming() throws Exception {
    assertThat(read(GUIDE + "journal:\n  pvcName: journal-claim\n").chartJournalClaim()).isEqualTo("journal-claim");
    assertThat(read(ChartLine.V0_6, GUIDE + "fullnameOverride: lake\n").chartJournalClaim())
        .isEqualTo("lake-journal-lake-master-0");
  }

  @Test
  void aJournalClaimNameKubernetesWouldRefuseIsAnErrorAtItsKey() {
    assertThat(errors(GUIDE + "journal:\n  pvcName: Journal_Claim\n")).containsExactly("config.yaml:6:3: error: "
        + "journal.pvcName: \"Journal_Claim\" is not a claim name (lower-case letters, digits, '-' and '.')");
  }

  @Test
  void anEmbeddedJournalOfChart05MovesFromEmptyDirToClaimsWithAWarning() throws Exception {
    HelmImport imported = read(GUIDE + "master:\n  count: 3\njournal:\n  type: EMBEDDED\n");
    assertThat(imported.cluster().spec().journal().volume().kind()).isEqualTo(VolumeKind.PERSISTENT_VOLUME_CLAIM);
    assertThat(imported.cluster().spec().journal().volume().storageClass()).isEmpty();
    assertThat(warnings(imported)).anyMatch(w -> w.startsWith("config.yaml:8:3: warning: journal.type: the chart kept "
        + "each master's embedded journal on an emptyDir") && w.contains("the cluster's default storage class"));
  }

  @Test
  void brokenFilesAreRefusedWithAPosition() {
    assertThat(errors("a: &x 1\nb: *x\n")).singleElement().asString()
        .isEqualTo("config.yaml:2:4: error: b: aliases (*x) are not supported in a values file; write the value out");
    assertThat(errors("master:\n  count: 1\n  count: 3\n")).singleElement().asString()
        .isEqualTo("config.yaml:3:3: error: master.count: duplicate key \"count\" (first given at line 2)");
    assertThat(errors("master: [\n")).singleElement().asString().startsWith("config.yaml:2:1: error: invalid YAML");
    assertThat(errors("- a\n- b\n")).singleElement().asString().contains("must be a mapping");
    assertThat(errors("a: 1\n---\nb: 2\n")).singleElement().asString().contains("more than one YAML document");
  }

  @Test
  void anEmptyFullnameOverrideIsRefused() {
    assertThat(errors(GUIDE + "fullnameOverride: \"\"\n")).anySatisfy(e -> assertThat(e)
        .startsWith("config.yaml:5:1: error: fullnameOverride: an empty fullnameOverride"));
  }

  @Test
  void chartLinesParseFromTheCommandLine() {
    assertThat(ChartLine.parse("0.5.2")).contains(ChartLine.V0_5);
    assertThat(ChartLine.parse("0.6")).contains(ChartLine.V0_6);
    assertThat(ChartLine.parse("0.6.54")).contains(ChartLine.V0_6);
    assertThat(ChartLine.parse("AUTO")).isEmpty();
    assertThatThrownBy(() -> ChartLine.parse("0.60")).hasMessageContaining("use 0.5, 0.6 or auto");
  }
}
