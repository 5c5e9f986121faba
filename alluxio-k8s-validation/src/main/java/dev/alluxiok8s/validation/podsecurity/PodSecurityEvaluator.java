package dev.alluxiok8s.validation.podsecurity;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the Pod Security Standards level a pod reaches, following the checks of
 * pod-security-admission ({@code policy/check_*.go}): every baseline check, then every restricted check.
 * The level is the highest one none of whose checks fail.
 */
public final class PodSecurityEvaluator {

  /** Capabilities baseline allows to add (the container runtime's default set). */
  static final Set<String> BASELINE_CAPABILITIES =
      Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
          "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
  /** Volume types restricted allows. */
  static final Set<String> RESTRICTED_VOLUMES =
      Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");
  private static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  private final KubernetesVersion version;

  /** An evaluator for the checks of the given release. */
  public PodSecurityEvaluator(KubernetesVersion version) {
    this.version = version;
  }

  /** What a pod reaches and why. */
  public record Evaluation(PodSecurityLevel level, List<Violation> violations) {}

  /** Evaluates one pod (or pod template). */
  public Evaluation evaluate(PodTemplate pod) {
    List<Violation> v = new ArrayList<>();
    baseline(pod, v);
    restricted(pod, v);
    v.sort(Comparator.comparing((Violation x) -> x.level()).thenComparing(x -> x.path().toString()).thenComparing(Violation::ruleId));
    PodSecurityLevel level = PodSecurityLevel.RESTRICTED;
    for (Violation x : v) {
      PodSecurityLevel below = PodSecurityLevel.values()[x.level().ordinal() - 1];
      if (below.compareTo(level) < 0) {
        level = below;
      }
    }
    return new Evaluation(level, List.copyOf(v));
  }

  private void baseline(PodTemplate pod, List<Violation> v) {
    Map<String, Object> spec = pod.spec();
    FieldPath sp = pod.specPath();
    for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (Trees.isTrue(spec, host)) {
        v.add(b("PSS-BASELINE-HOST-NAMESPACES", sp.field(host), "host namespaces (" + host + "=true)", "remove " + host));
      }
    }
    List<Object> volumes = Trees.list(spec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      Map<String, Object> vol = Trees.asMap(volumes.get(i));
      if (vol != null && vol.get("hostPath") != null) {
        v.add(b("PSS-BASELINE-HOSTPATH", sp.field("volumes").index(i).field("hostPath"),
            "hostPath volumes (volume \"" + Trees.string(vol, "name") + "\")", "use an emptyDir, a PVC or a CSI volume"));
      }
    }
    Map<String, Object> podSc = Trees.map(spec, "securityContext");
    FieldPath psc = sp.field("securityContext");
    commonSecurityContext(podSc, psc, v);
    appArmorAnnotations(pod, v);
    List<Object> sysctls = Trees.list(podSc, "sysctls");
    for (int i = 0; i < sysctls.size(); i++) {
      String name = Trees.string(Trees.asMap(sysctls.get(i)), "name");
      if (name != null && !safeSysctl(name)) {
        v.add(b("PSS-BASELINE-SYSCTLS", psc.field("sysctls").index(i).field("name"), "forbidden sysctls (" + name + ")",
            "use only the safe sysctls"));
      }
    }
    for (PodTemplate.Container c : pod.allContainers()) {
      Map<String, Object> sc = Trees.map(c.tree(), "securityContext");
      FieldPath scp = c.path().field("securityContext");
      String cn = "container \"" + c.name() + "\"";
      if (Trees.isTrue(sc, "privileged")) {
        v.add(b("PSS-BASELINE-PRIVILEGED", scp.field("privileged"), "privileged (" + cn + " must not set securityContext.privileged=true)",
            "remove privileged: true"));
      }
      List<Object> add = Trees.list(Trees.map(sc, "capabilities"), "add");
      for (int i = 0; i < add.size(); i++) {
        String cap = String.valueOf(add.get(i));
        if (!BASELINE_CAPABILITIES.contains(cap)) {
          v.add(b("PSS-BASELINE-CAPABILITIES", scp.field("capabilities").field("add").index(i),
              "non-default capabilities (" + cn + " must not include \"" + cap + "\" in securityContext.capabilities.add)",
              "add only capabilities from the runtime's default set"));
        }
      }
      String procMount = Trees.string(sc, "procMount");
      if (procMount != null && !procMount.equals("Default")) {
        v.add(b("PSS-BASELINE-PROCMOUNT", scp.field("procMount"), "procMount (" + cn + " must not set securityContext.procMount to \"" + procMount + "\")",
            "remove procMount"));
      }
      commonSecurityContext(sc, scp, v);
      List<Object> ports = Trees.list(c.tree(), "ports");
      for (int i = 0; i < ports.size(); i++) {
        Long hostPort = Trees.integer(Trees.asMap(ports.get(i)), "hostPort");
        if (hostPort != null && hostPort != 0) {
          v.add(b("PSS-BASELINE-HOSTPORTS", c.path().field("ports").index(i).field("hostPort"), "hostPort (" + cn + " uses hostPort " + hostPort + ")",
              "remove hostPort and reach the pod through a Service"));
        }
      }
      if (version.isAtLeast(1, 34)) {
        probeHosts(c, v);
      }
    }
  }

  /** Checks a pod- or container-level securityContext shares: seccomp, SELinux, AppArmor, Windows host process. */
  private static void commonSecurityContext(Map<String, Object> sc, FieldPath at, List<Violation> v) {
    if (sc == null) {
      return;
    }
    if ("Unconfined".equals(Trees.string(Trees.map(sc, "seccompProfile"), "type"))) {
      v.add(b("PSS-BASELINE-SECCOMP", at.field("seccompProfile").field("type"), "seccompProfile (type \"Unconfined\")",
          "use RuntimeDefault or Localhost"));
    }
    if ("Unconfined".equals(Trees.string(Trees.map(sc, "appArmorProfile"), "type"))) {
      v.add(b("PSS-BASELINE-APPARMOR", at.field("appArmorProfile").field("type"), "appArmorProfile (type \"Unconfined\")",
          "use RuntimeDefault or Localhost"));
    }
    Map<String, Object> se = Trees.map(sc, "seLinuxOptions");
    if (se != null) {
      String type = Trees.string(se, "type");
      if (type != null && !SELINUX_TYPES.contains(type)) {
        v.add(b("PSS-BASELINE-SELINUX", at.field("seLinuxOptions").field("type"), "seLinuxOptions (type \"" + type + "\")",
            "use container_t or leave the type unset"));
      }
      for (String f : List.of("user", "role")) {
        String val = Trees.string(se, f);
        if (val != null && !val.isEmpty()) {
          v.add(b("PSS-BASELINE-SELINUX", at.field("seLinuxOptions").field(f), "seLinuxOptions (" + f + " \"" + val + "\")",
              "leave seLinuxOptions." + f + " unset"));
        }
      }
    }
    if (Trees.isTrue(Trees.map(sc, "windowsOptions"), "hostProcess")) {
      v.add(b("PSS-BASELINE-HOSTPROCESS", at.field("windowsOptions").field("hostProcess"), "hostProcess (windowsOptions.hostProcess=true)",
          "remove hostProcess"));
    }
  }

  /**
   * The AppArmor annotations that predate {@code appArmorProfile} (still honoured):
   * {@code container.apparmor.security.beta.kubernetes.io/<container>} may be {@code runtime/default} or
   * {@code localhost/<profile>}, not {@code unconfined}.
   */
  private static void appArmorAnnotations(PodTemplate pod, List<Violation> v) {
    for (Map.Entry<String, Object> e : pod.annotations().entrySet()) {
      if (e.getKey().startsWith(APPARMOR_PREFIX) && e.getValue() instanceof String profile
          && !profile.equals("runtime/default") && !profile.startsWith("localhost/")) {
        v.add(b("PSS-BASELINE-APPARMOR", pod.metadataPath().field("annotations").field(e.getKey()),
            "forbidden AppArmor profile (annotation " + e.getKey() + "=\"" + profile + "\")",
            "use runtime/default or a localhost/ profile"));
      }
    }
  }

  private static final String APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  /** From 1.34 baseline also forbids probe and lifecycle handlers that reach another host. */
  private static void probeHosts(PodTemplate.Container c, List<Violation> v) {
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      hostIn(Trees.map(c.tree(), probe), c.path().field(probe), c.name(), v);
    }
    Map<String, Object> lifecycle = Trees.map(c.tree(), "lifecycle");
    for (String hook : List.of("postStart", "preStop")) {
      hostIn(Trees.map(lifecycle, hook), c.path().field("lifecycle").field(hook), c.name(), v);
    }
  }

  private static void hostIn(Map<String, Object> handler, FieldPath at, String container, List<Violation> v) {
    for (String action : List.of("httpGet", "tcpSocket")) {
      String host = Trees.string(Trees.map(handler, action), "host");
      if (host != null && !host.isEmpty() && !host.equals("127.0.0.1") && !host.equals("::1")) {
        v.add(b("PSS-BASELINE-PROBE-HOST", at.field(action).field("host"),
            "probe or lifecycle host (container \"" + container + "\" uses host \"" + host + "\")", "remove host so the pod's own IP is used"));
      }
    }
  }

  /** The safe sysctls of baseline as of 1.32 (the tcp_rmem/tcp_wmem pair was the last added). */
  private static final Set<String> SAFE_SYSCTLS =
      Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  private static boolean safeSysctl(String name) {
    return SAFE_SYSCTLS.contains(name);
  }

  private static void restricted(PodTemplate pod, List<Violation> v) {
    Map<String, Object> spec = pod.spec();
    FieldPath sp = pod.specPath();
    List<Object> volumes = Trees.list(spec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      Map<String, Object> vol = Trees.asMap(volumes.get(i));
      if (vol == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : vol.entrySet()) {
        if (!e.getKey().equals("name") && e.getValue() != null && !RESTRICTED_VOLUMES.contains(e.getKey())) {
          v.add(r("PSS-RESTRICTED-VOLUMES", sp.field("volumes").index(i).field(e.getKey()),
              "restricted volume types (volume \"" + Trees.string(vol, "name") + "\" uses " + e.getKey() + ")",
              "use configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret volumes"));
        }
      }
    }
    Map<String, Object> podSc = Trees.map(spec, "securityContext");
    FieldPath psc = sp.field("securityContext");
    Object podNonRoot = podSc == null ? null : podSc.get("runAsNonRoot");
    String podSeccomp = Trees.string(Trees.map(podSc, "seccompProfile"), "type");
    if (Boolean.FALSE.equals(podNonRoot)) {
      v.add(r("PSS-RESTRICTED-RUN-AS-NON-ROOT", psc.field("runAsNonRoot"), "runAsNonRoot != true (pod must not set runAsNonRoot=false)",
          "set runAsNonRoot: true"));
    }
    Long podUser = Trees.integer(podSc, "runAsUser");
    if (podUser != null && podUser == 0) {
      v.add(r("PSS-RESTRICTED-RUN-AS-USER", psc.field("runAsUser"), "runAsUser=0 (pod must not set runAsUser=0)", "run as a non-zero user id"));
    }
    for (PodTemplate.Container c : pod.allContainers()) {
      Map<String, Object> sc = Trees.map(c.tree(), "securityContext");
      FieldPath scp = c.path().field("securityContext");
      String cn = "container \"" + c.name() + "\"";
      if (!Boolean.FALSE.equals(sc == null ? null : sc.get("allowPrivilegeEscalation"))) {
        v.add(r("PSS-RESTRICTED-PRIVILEGE-ESCALATION", scp.field("allowPrivilegeEscalation"),
            "allowPrivilegeEscalation != false (" + cn + " must set securityContext.allowPrivilegeEscalation=false)",
            "set allowPrivilegeEscalation: false"));
      }
      Object nonRoot = sc == null ? null : sc.get("runAsNonRoot");
      if (Boolean.FALSE.equals(nonRoot) || (nonRoot == null && !Boolean.TRUE.equals(podNonRoot))) {
        v.add(r("PSS-RESTRICTED-RUN-AS-NON-ROOT", scp.field("runAsNonRoot"),
            "runAsNonRoot != true (pod or " + cn + " must set securityContext.runAsNonRoot=true)", "set runAsNonRoot: true"));
      }
      Long user = Trees.integer(sc, "runAsUser");
      if (user != null && user == 0) {
        v.add(r("PSS-RESTRICTED-RUN-AS-USER", scp.field("runAsUser"), "runAsUser=0 (" + cn + " must not set runAsUser=0)",
            "run as a non-zero user id"));
      }
      String seccomp = Trees.string(Trees.map(sc, "seccompProfile"), "type");
      String effective = seccomp != null ? seccomp : podSeccomp;
      if (!"RuntimeDefault".equals(effective) && !"Localhost".equals(effective) && !"Unconfined".equals(effective)) {
        v.add(r("PSS-RESTRICTED-SECCOMP", scp.field("seccompProfile"),
            "seccompProfile (pod or " + cn + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")",
            "set seccompProfile.type: RuntimeDefault"));
      }
      Map<String, Object> caps = Trees.map(sc, "capabilities");
      boolean dropsAll = Trees.list(caps, "drop").stream().anyMatch(x -> "ALL".equals(x));
      if (!dropsAll) {
        v.add(r("PSS-RESTRICTED-CAPABILITIES", scp.field("capabilities").field("drop"),
            "unrestricted capabilities (" + cn + " must set securityContext.capabilities.drop=[\"ALL\"])", "drop ALL capabilities"));
      }
      List<Object> add = Trees.list(caps, "add");
      for (int i = 0; i < add.size(); i++) {
        if (!"NET_BIND_SERVICE".equals(add.get(i)) && BASELINE_CAPABILITIES.contains(String.valueOf(add.get(i)))) {
          v.add(r("PSS-RESTRICTED-CAPABILITIES", scp.field("capabilities").field("add").index(i),
              "unrestricted capabilities (" + cn + " must not include \"" + add.get(i) + "\" in securityContext.capabilities.add)",
              "add only NET_BIND_SERVICE"));
        }
      }
    }
  }

  private static Violation b(String id, FieldPath at, String message, String hint) {
    return new Violation(id, PodSecurityLevel.BASELINE, at, message, hint);
  }

  private static Violation r(String id, FieldPath at, String message, String hint) {
    return new Violation(id, PodSecurityLevel.RESTRICTED, at, message, hint);
  }
}
