package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.process.JvmMemory;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Every process's memory limit holds what the process uses: its JVM's {@link JvmMemory} and, for
 * the worker, the files of its memory-backed tier directories, which the kernel charges to the
 * container that writes them. A container above its limit is OOM-killed; a worker whose MEM tier
 * fills up would be killed over and over, losing its cache each time.
 *
 * <p>A process without a memory limit is not checked: nothing kills it for its size.
 */
public final class MemoryBudgets {

  /** Far above any node's memory, and safe to add a few of without overflowing. */
  private static final long CAP = Long.MAX_VALUE / 16;

  private MemoryBudgets() {}

  /** The memory of {@code process}, one of {@code spec}'s, as its container is checked for and rendered. */
  public static JvmMemory jvmOf(ClusterSpec spec, ProcessSettings process) {
    return JvmMemory.of(process, process instanceof WorkerProcess ? memoryBackedTiers(spec, new Problems("")) : 0);
  }

  public static void check(ClusterSpec spec, Problems problems) {
    check(problems, "masters.master", spec.masters().master(), 0, "");
    check(problems, "masters.jobMaster", spec.masters().jobMaster(), 0, "");
    long tiers = memoryBackedTiers(spec, problems);
    check(problems, "workers.worker", spec.workers().worker(), tiers,
        " + memory-backed tier directories " + JvmMemory.mebibytes(tiers));
    check(problems, "workers.jobWorker", spec.workers().jobWorker(), 0, "");
    if (spec.fuse().ownDaemonSet()) { // inside the worker, FUSE lives within the worker's budget
      check(problems, "fuse", spec.fuse(), 0, "");
    }
    if (spec.logServer().enabled()) {
      check(problems, "logServer", spec.logServer(), 0, "");
    }
    if (spec.proxy().enabled()) {
      check(problems, "proxy", spec.proxy(), 0, "");
    }
  }

  /**
   * The quotas of the tier directories held in RAM. Such a directory without a quota has no size
   * to budget for, so a worker with a memory limit needs one.
   */
  private static long memoryBackedTiers(ClusterSpec spec, Problems problems) {
    boolean limited = memoryLimit(spec.workers().worker()).isPresent();
    long total = 0;
    List<TierLevel> levels = spec.tieredStore().levels();
    for (int l = 0; l < levels.size(); l++) {
      TierLevel level = levels.get(l);
      for (int d = 0; d < level.directories().size(); d++) {
        TierDirectory dir = level.directories().get(d);
        if (!level.isMemoryBacked(dir)) {
          continue;
        }
        Optional<Quantity> quota = dir.quota().flatMap(Quantity::parse);
        if (quota.isPresent()) {
          total = Math.min(CAP, total + bytes(quota.get()));
        } else if (limited && dir.quota().isEmpty()) {
          problems.add("tieredStore.levels[" + l + "].directories[" + d + "].quota", "is required: the directory "
              + "is held in RAM, which counts against the worker's memory limit, so its size must be known");
        }
      }
    }
    return total;
  }

  private static void check(Problems problems, String path, ProcessSettings process, long extra, String extraText) {
    Optional<Quantity> limit = memoryLimit(process);
    if (limit.isEmpty()) {
      return;
    }
    JvmMemory jvm = JvmMemory.of(process, extra);
    long needed = jvm.required() + extra;
    if (limit.get().value().compareTo(BigDecimal.valueOf(needed)) < 0) {
      problems.add(PathJoiner.join(path, "resources.limits.memory"), limit.get().text() + " is below what the "
          + "process uses: " + jvm.describe() + (extra > 0 ? extraText : "") + " = " + JvmMemory.mebibytes(needed)
          + "; raise the limit to at least " + JvmMemory.mebibytes(needed) + ", or lower -Xmx or "
          + "-XX:MaxDirectMemorySize in " + path + ".jvmOptions" + (extra > 0 ? " or the tier quotas" : ""));
    }
  }

  private static Optional<Quantity> memoryLimit(ProcessSettings process) {
    return Optional.ofNullable(process.resources().limits().get("memory")).flatMap(Quantity::parse);
  }

  private static long bytes(Quantity quantity) {
    return quantity.value().min(BigDecimal.valueOf(CAP)).setScale(0, RoundingMode.CEILING).longValueExact();
  }
}
