package dev.alluxiok8s.model.process;

import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.proxy.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory one Alluxio JVM may use: its heap ({@code -Xmx}) and its direct memory
 * ({@code -XX:MaxDirectMemorySize}), each the last such option of the process's
 * {@code jvmOptions} or, without one, this process type's default.
 *
 * <p>Both are always written explicitly: left out, the JVM picks a quarter of the container's
 * memory for the heap and as much again for direct memory, and Alluxio 2.9's
 * {@code alluxio-config.sh} gives FUSE {@code -Xms1G -Xmx1G -XX:MaxDirectMemorySize=4g}, above a
 * 1G limit. A container needs at least {@link #required()}: heap, direct memory and
 * {@link #OVERHEAD} for what a JVM holds outside both (metaspace, code cache, thread stacks, GC);
 * {@link dev.alluxiok8s.model.check.MemoryBudgets} refuses a memory limit below that.
 *
 * <pre>{@code
 * JvmMemory.of(MasterProcess.builder().addJvmOptions("-Xmx3g").build()).heap()   // 3 GiB
 * }</pre>
 */
public record JvmMemory(long heap, long directMemory) {

  private static final long MIB = 1L << 20;

  /** What a JVM uses outside heap and direct memory: metaspace, code cache, thread stacks, GC. */
  public static final long OVERHEAD = 256 * MIB;

  /** Masters and job masters: a heap well inside chart 0.5.2's 1G container. */
  public static final JvmMemory MASTER = new JvmMemory(512 * MIB, 128 * MIB);
  /** Workers: heap plus direct memory for block transfers. */
  public static final JvmMemory WORKER = new JvmMemory(1024 * MIB, 512 * MIB);
  /** Job workers: as masters. */
  public static final JvmMemory JOB_WORKER = MASTER;
  /** FUSE: Alluxio's own 1G heap, and the 2g of direct memory this model always gave it. */
  public static final JvmMemory FUSE = new JvmMemory(1024 * MIB, 2048 * MIB);

  /** The proxy: an Alluxio client that moves file data over HTTP, so direct memory as a worker's. */
  public static final JvmMemory PROXY = WORKER;

  /** The smallest heap defaults are scaled down to; an Alluxio process does not start in less. */
  public static final long MIN_HEAP = 128 * MIB;

  private static final String HEAP_OPTION = "-Xmx";
  private static final String INITIAL_HEAP_OPTION = "-Xms";
  private static final String DIRECT_OPTION = "-XX:MaxDirectMemorySize=";
  private static final Pattern SIZE = Pattern.compile("([0-9]{1,18})([kKmMgGtT]?)");

  /**
   * The memory of {@code process}: its own options over the defaults of its type. Defaults that
   * would not fit its memory limit beside {@code otherMemory} (what else the container holds in
   * RAM) and {@link #OVERHEAD} are scaled down together to fit, in whole MiB, as long as that
   * leaves a heap of at least {@link #MIN_HEAP}; below that the defaults stay and the limit is
   * reported too small.
   */
  public static JvmMemory of(ProcessSettings process, long otherMemory) {
    JvmMemory defaults = defaultsOf(process);
    Optional<Long> givenHeap = lastSize(process.jvmOptions(), HEAP_OPTION);
    Optional<Long> givenDirect = lastSize(process.jvmOptions(), DIRECT_OPTION);
    long heap = givenHeap.orElse(defaults.heap());
    long direct = givenDirect.orElse(defaults.directMemory());
    Optional<Long> limit = memoryLimit(process);
    if (limit.isPresent() && (givenHeap.isEmpty() || givenDirect.isEmpty())) {
      long room = limit.get() - otherMemory - OVERHEAD - givenHeap.orElse(0L) - givenDirect.orElse(0L);
      long wanted = (givenHeap.isEmpty() ? heap : 0) + (givenDirect.isEmpty() ? direct : 0);
      if (room < wanted) {
        long scaledHeap = givenHeap.isPresent() ? heap : scale(heap, room, wanted);
        long scaledDirect = givenDirect.isPresent() ? direct : scale(direct, room, wanted);
        if (scaledHeap >= MIN_HEAP && scaledDirect > 0) {
          heap = scaledHeap;
          direct = scaledDirect;
        }
      }
    }
    return new JvmMemory(heap, direct);
  }

  /** {@link #of(ProcessSettings, long)} for a process whose container holds nothing else in RAM. */
  public static JvmMemory of(ProcessSettings process) {
    return of(process, 0);
  }

  /** The defaults of {@code process}'s type. */
  public static JvmMemory defaultsOf(ProcessSettings process) {
    if (process instanceof WorkerProcess) {
      return WORKER;
    } else if (process instanceof JobWorkerProcess) {
      return JOB_WORKER;
    } else if (process instanceof Fuse) {
      return FUSE;
    } else if (process instanceof Proxy) {
      return PROXY;
    }
    return MASTER;
  }

  /**
   * The options to write before {@code process}'s own so the JVM gets exactly these sizes: those
   * its {@code jvmOptions} leave out. FUSE also gets {@code -Xms}, since Alluxio's
   * {@code -Xms1G} would otherwise exceed a smaller heap and stop the JVM.
   */
  public List<String> optionsMissingFrom(ProcessSettings process) {
    List<String> options = new ArrayList<>();
    List<String> given = process.jvmOptions();
    if (process instanceof Fuse && lastSize(given, INITIAL_HEAP_OPTION).isEmpty()) {
      options.add(INITIAL_HEAP_OPTION + format(heap));
    }
    if (lastSize(given, HEAP_OPTION).isEmpty()) {
      options.add(HEAP_OPTION + format(heap));
    }
    if (lastSize(given, DIRECT_OPTION).isEmpty()) {
      options.add(DIRECT_OPTION + format(directMemory));
    }
    return options;
  }

  /** Heap, direct memory and {@link #OVERHEAD}: the least memory limit this JVM fits in. */
  public long required() {
    return heap + directMemory + OVERHEAD;
  }

  /** {@code heap 1Gi + direct memory 512Mi + JVM overhead 256Mi}, for messages. */
  public String describe() {
    return "heap " + mebibytes(heap) + " + direct memory " + mebibytes(directMemory) + " + JVM overhead "
        + mebibytes(OVERHEAD);
  }

  /** {@code bytes} in Kubernetes notation, rounded up to whole MiB ({@code 1536Mi}, {@code 2Gi}). */
  public static String mebibytes(long bytes) {
    long mib = (bytes + MIB - 1) / MIB;
    return mib % 1024 == 0 ? (mib / 1024) + "Gi" : mib + "Mi";
  }

  /** The size of the last option starting with {@code prefix}, in bytes, if it has one. */
  static Optional<Long> lastSize(List<String> options, String prefix) {
    Optional<Long> last = Optional.empty();
    for (String option : options) {
      if (option.startsWith(prefix)) {
        Optional<Long> size = parse(option.substring(prefix.length()));
        if (size.isPresent()) {
          last = size;
        }
      }
    }
    return last;
  }

  /** A HotSpot size: digits with an optional k, m, g or t (any case); bytes without one. */
  static Optional<Long> parse(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    long value = Long.parseLong(m.group(1));
    return value > (Long.MAX_VALUE >> shift) ? Optional.empty() : Optional.of(value << shift);
  }

  /** {@code part} of {@code whole}, scaled to {@code room}, rounded down to whole MiB (0 without room). */
  private static long scale(long part, long room, long whole) {
    if (room <= 0) {
      return 0;
    }
    return (part / MIB) * (room / MIB) / Math.max(1, whole / MIB) * MIB;
  }

  /** The process's memory limit in bytes (capped far above any node), if it has one. */
  private static Optional<Long> memoryLimit(ProcessSettings process) {
    return Optional.ofNullable(process.resources().limits().get("memory")).flatMap(Quantity::parse)
        .map(q -> q.value().min(BigDecimal.valueOf(Long.MAX_VALUE / 16)).setScale(0, RoundingMode.FLOOR).longValue());
  }

  private static String format(long bytes) {
    return bytes % (1L << 30) == 0 ? (bytes >> 30) + "g" : (bytes + MIB - 1) / MIB + "m";
  }
}
