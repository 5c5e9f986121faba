package dev.alluxiok8s.validation.rules;

import static dev.alluxiok8s.validation.rules.RuleFindings.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names by kind and release, selectors wherever they sit, rolling updates and the restart policy of Jobs. */
class NamesSelectorsAndControllersTest {

  /** A workload of {@code kind} named {@code name}, selecting app=a, with {@code specExtra} (YAML) in its spec. */
  private static String workload(String kind, String name, String specExtra) {
    StringBuilder b = new StringBuilder("apiVersion: apps/v1\nkind: " + kind + "\nmetadata: {name: " + name + "}\nspec:\n");
    specExtra.lines().forEach(l -> b.append("  ").append(l).append('\n'));
    b.append("""
          template:
            metadata: {labels: {app: a}}
            spec:
              containers:
              - {name: c, image: busybox:1.36}
        """);
    return b.toString();
  }

  @Test
  void aNamespaceIsNamedByADnsLabel() throws Exception {
    assertThat(of(MetadataRules.NAME_DNS1123_LABEL, "apiVersion: v1\nkind: Namespace\nmetadata: {name: team.a}\n"))
        .singleElement().asString()
        .startsWith("metadata.name: Invalid value: \"team.a\": ")
        .endsWith(" | use only a-z, 0-9 and '-', at most 63 characters");
  }

  @Test
  void aStatefulSetNameIsASubdomainBefore127AndALabelFrom127() throws Exception {
    String dotted = workload("StatefulSet", "web.v1", "selector: {matchLabels: {app: a}}\nserviceName: web");
    String underscore = workload("StatefulSet", "web_1", "selector: {matchLabels: {app: a}}\nserviceName: web");

    assertThat(of("1.26", MetadataRules.NAME_DNS1123_SUBDOMAIN, dotted)).isEmpty();
    assertThat(of("1.26", MetadataRules.NAME_DNS1123_SUBDOMAIN, underscore)).singleElement().asString()
        .startsWith("metadata.name: Invalid value: \"web_1\": ").endsWith(" | use only a-z, 0-9, '-' and '.'");
    assertThat(of("1.27", MetadataRules.NAME_DNS1123_LABEL, dotted)).singleElement().asString()
        .startsWith("metadata.name: Invalid value: \"web.v1\": ");
  }

  @Test
  void aCronJobNameIsASubdomainOfAtMost52Characters() throws Exception {
    String cronJob = """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: NAME}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - {name: c, image: busybox:1.36}
        """;
    String fiftyTwo = "n".repeat(52);

    assertThat(of(MetadataRules.NAME_DNS1123_SUBDOMAIN, cronJob.replace("NAME", "Nightly"))).singleElement().asString()
        .startsWith("metadata.name: Invalid value: \"Nightly\": ");
    assertThat(of(MetadataRules.NAME_LENGTH_52, cronJob.replace("NAME", fiftyTwo))).isEmpty();
    assertThat(of(MetadataRules.NAME_LENGTH_52, cronJob.replace("NAME", fiftyTwo + "n"))).containsExactly(
        "metadata.name: Invalid value: \"" + fiftyTwo + "n\": must be no more than 52 characters | shorten the name:"
            + " Job names add an 11-character suffix to the CronJob name");
  }

  @Test
  void aMissingSelectorIsRequiredAndAnEmptyOneInvalid() throws Exception {
    assertThat(of(SelectorRules.SELECTOR_REQUIRED, workload("Deployment", "d", ""))).singleElement().asString()
        .startsWith("spec.selector: Required value | ");
    assertThat(of(SelectorRules.SELECTOR_REQUIRED, workload("Deployment", "d", "selector: {}"))).singleElement().asString()
        .startsWith("spec.selector: Invalid value: \"{}\": empty selector is invalid for deployment | ");
  }

  @Test
  void gtAndLtTakeExactlyOneValue() throws Exception {
    String yaml = workload("Deployment", "d", """
        selector:
          matchLabels: {app: a}
          matchExpressions:
          - {key: tier, operator: Gt, values: ['1', '2']}
          - {key: rank, operator: Lt, values: ['3']}
        """);

    assertThat(of(SelectorRules.SELECTOR_OPERATOR, yaml)).containsExactly(
        "spec.selector.matchExpressions[0].values: Required value: must be specified single value when `operator` is"
            + " 'Lt' or 'Gt' | give exactly one integer value");
  }

  @Test
  void aSelectorInsideAListOfTheSpecIsChecked() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {app: a}}
        spec:
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
              - topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchExpressions:
                  - {key: app, operator: In, values: []}
          containers:
          - {name: c, image: busybox:1.36}
        """;

    assertThat(of(SelectorRules.SELECTOR_OPERATOR, yaml)).containsExactly(
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0]"
            + ".values: Required value: must be specified when `operator` is 'In' or 'NotIn' | list at least one value");
  }

  /** The walk follows the tree, not the schema: a field the structure pass reports as unknown is still searched. */
  @Test
  void aSelectorInAListOfListsIsCheckedEvenUnderAnUnknownField() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          stages:
          - - selector:
                matchLabels: {"bad key!": x}
          containers:
          - {name: c, image: busybox:1.36}
        """;

    assertThat(of(MetadataRules.LABEL, yaml)).singleElement().asString()
        .startsWith("spec.stages[0][0].selector.matchLabels['bad key!']: Invalid value: \"bad key!\": ");
  }

  @Test
  void aRollingUpdateMayBeUnavailableUpToAHundredPercent() throws Exception {
    assertThat(of(WorkloadRules.ROLLING_UPDATE, workload("Deployment", "d",
        "selector: {matchLabels: {app: a}}\nstrategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 100%}}"))).isEmpty();
    assertThat(of(WorkloadRules.ROLLING_UPDATE, workload("Deployment", "d",
        "selector: {matchLabels: {app: a}}\nstrategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 101%}}")))
        .containsExactly("spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"101%\": must not be greater than"
            + " 100% | use at most 100%");
  }

  /** An invalid maxSurge is reported once, and is not then taken as 0 beside a maxUnavailable of 0. */
  @Test
  void anInvalidMaxSurgeIsReportedAloneNotAlsoAsZero() throws Exception {
    String yaml = workload("Deployment", "d",
        "selector: {matchLabels: {app: a}}\nstrategy: {rollingUpdate: {maxSurge: SURGE, maxUnavailable: 0}}");

    assertThat(of(WorkloadRules.ROLLING_UPDATE, yaml.replace("SURGE", "-1"))).containsExactly(
        "spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0"
            + " | use a non-negative number");
    assertThat(of(WorkloadRules.ROLLING_UPDATE, yaml.replace("SURGE", "lots"))).singleElement().asString()
        .startsWith("spec.strategy.rollingUpdate.maxSurge: Invalid value: \"lots\": a valid percent string");
    // A boolean is a type error, which the structure pass reports (K8S-STRUCT-TYPE).
    assertThat(of(WorkloadRules.ROLLING_UPDATE, yaml.replace("SURGE", "true"))).isEmpty();
  }

  @Test
  void aJobRestartsOnFailureOrNever() throws Exception {
    String job = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              POLICY
              containers:
              - {name: c, image: busybox:1.36}
        """;

    assertThat(of(WorkloadRules.RESTART_POLICY, job.replace("POLICY", "dnsPolicy: ClusterFirst"))).containsExactly(
        "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""
            + " | set restartPolicy to OnFailure or Never");
    assertThat(of(WorkloadRules.RESTART_POLICY, job.replace("POLICY", "restartPolicy: Always"))).containsExactly(
        "spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""
            + " | set restartPolicy to OnFailure or Never");
    assertThat(of(WorkloadRules.RESTART_POLICY, job.replace("POLICY", "restartPolicy: Never"))).isEmpty();
  }
}
