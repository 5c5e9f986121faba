package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.upgrade.objects.WorkloadRole;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The master workloads of one side, and the steps that talk to a running master. */
public final class Masters {

  private final List<DeployedObject> workloads;

  private Masters(List<DeployedObject> workloads) {
    this.workloads = workloads;
  }

  /** The workloads that run an Alluxio master, in input order. */
  public static Masters of(List<DeployedObject> objects) {
    return new Masters(objects.stream().filter(o -> WorkloadRole.of(o).orElse(null) == WorkloadRole.MASTER).toList());
  }

  public List<DeployedObject> workloads() {
    return workloads;
  }

  public Optional<DeployedObject> first() {
    return workloads.stream().findFirst();
  }

  /** The image of the first master container, empty when there is none. */
  public String image() {
    for (DeployedObject w : workloads) {
      for (Map<String, Object> c : containers(w)) {
        if (ObjectTrees.text(c, "name").equals("alluxio-master")) {
          return ObjectTrees.text(c, "image");
        }
      }
    }
    return "";
  }

  /** {@code kubectl exec} into the first master pod of this side, running {@code command}. */
  public String exec(String command) {
    DeployedObject w = workloads.isEmpty() ? null : workloads.get(0);
    String pod = w == null ? "alluxio-master-0" : w.kind().equals("StatefulSet") ? w.name() + "-0" : w.name();
    String namespace = w == null ? "" : w.ref().namespace();
    return "kubectl exec " + Shell.quote(pod) + Shell.namespace(namespace) + " -c alluxio-master -- " + command;
  }

  /** The backup every journal change starts with, taken from the running (old) masters. */
  public Step backup() {
    return Step.of(Phase.BACK_UP, "back up the journal while the old masters run (it lands in"
        + " alluxio.master.backup.directory of the root under store, /alluxio_backups by default): " + exec("alluxio fsadmin backup"));
  }

  /**
   * The start from the backup that ends every journal change: Alluxio reads the backup into the
   * new journal when the journal is empty and the property names the backup.
   */
  public static Step restoreFromBackup() {
    return new Step(Phase.BEFORE_APPLY, 1, "have the new masters start from the backup: add"
        + " -Dalluxio.master.journal.init.from.backup=<the backup's URI> to ALLUXIO_MASTER_JAVA_OPTS in the new ConfigMap,"
        + " and remove it once they run");
  }

  /** Stops this side's masters, first of all the steps before the apply (rank -1). */
  public Step stop() {
    return new Step(Phase.BEFORE_APPLY, -1, "stop the old masters, so none writes the old journal again: kubectl scale "
        + JournalSettings.target(this) + " --replicas=0");
  }

  static List<Map<String, Object>> containers(DeployedObject w) {
    return ObjectTrees.maps(ObjectTrees.map(ObjectTrees.map(ObjectTrees.map(w.tree(), "spec"), "template"), "spec"), "containers");
  }

}
