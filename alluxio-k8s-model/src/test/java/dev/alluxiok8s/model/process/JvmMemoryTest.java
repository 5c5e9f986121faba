package dev.alluxiok8s.model.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.fuse.Fuse;
import org.junit.jupiter.api.Test;

class JvmMemoryTest {

  private static final long MIB = 1L << 20;

  @Test
  void eachProcessTypeHasExplicitDefaults() {
    assertThat(JvmMemory.of(MasterProcess.defaults())).isEqualTo(JvmMemory.MASTER);
    assertThat(JvmMemory.of(WorkerProcess.defaults())).isEqualTo(JvmMemory.WORKER);
    assertThat(JvmMemory.of(Fuse.builder().build())).isEqualTo(JvmMemory.FUSE);
    // Every default fits its default limit: 1G (953Mi) for a master, 4Gi for FUSE.
    assertThat(JvmMemory.MASTER.required()).isLessThanOrEqualTo(1_000_000_000L);
    assertThat(JvmMemory.FUSE.required()).isLessThanOrEqualTo(4096 * MIB);
  }

  @Test
  void theLastHeapAndDirectMemoryOptionsWin() {
    MasterProcess master = MasterProcess.builder()
        .addJvmOptions("-Xmx1g", "-XX:+UseG1GC", "-Xmx3G", "-XX:MaxDirectMemorySize=512m").build();

    JvmMemory memory = JvmMemory.of(master);

    assertThat(memory.heap()).isEqualTo(3072 * MIB);
    assertThat(memory.directMemory()).isEqualTo(512 * MIB);
    assertThat(memory.optionsMissingFrom(master)).isEmpty();
  }

  @Test
  void writesWhatTheOptionsLeaveOut() {
    MasterProcess master = MasterProcess.builder().addJvmOptions("-Xmx2g").build();
    Fuse fuse = Fuse.builder().build();

    assertThat(JvmMemory.of(master).optionsMissingFrom(master)).containsExactly("-XX:MaxDirectMemorySize=128m");
    // Alluxio's alluxio-config.sh starts FUSE with -Xms1G, which a smaller -Xmx would contradict.
    assertThat(JvmMemory.of(fuse).optionsMissingFrom(fuse))
        .containsExactly("-Xms1g", "-Xmx1g", "-XX:MaxDirectMemorySize=2g");
  }

  @Test
  void defaultsShrinkToFitASmallLimitBesideWhatElseIsInRam() {
    // Chart 0.5.2's worker: 2G (1907Mi) with a 1G (954Mi) MEM tier leaves 697Mi besides the overhead.
    WorkerProcess worker = WorkerProcess.builder().resources(Resources.of("1", "2G")).build();

    JvmMemory memory = JvmMemory.of(worker, 1_000_000_000L);

    assertThat(memory.heap()).isEqualTo(464 * MIB);
    assertThat(memory.directMemory()).isEqualTo(232 * MIB);
    assertThat(memory.required() + 1_000_000_000L).isLessThanOrEqualTo(2_000_000_000L);
  }

  @Test
  void defaultsStayWhenShrinkingWouldLeaveNoUsableHeap() {
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "300Mi")).build();

    assertThat(JvmMemory.of(master)).isEqualTo(JvmMemory.MASTER);
  }

  @Test
  void onlyTheDefaultHeapShrinksBesideAGivenDirectMemory() {
    // 900Mi less the overhead and the given 256Mi leave 388Mi, below the default heap of 512Mi.
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "900Mi"))
        .addJvmOptions("-XX:MaxDirectMemorySize=256m").build();

    assertThat(JvmMemory.of(master)).isEqualTo(new JvmMemory(388 * MIB, 256 * MIB));
  }

  @Test
  void onlyTheDefaultDirectMemoryShrinksBesideAGivenHeap() {
    // 800Mi less the overhead and the given 512Mi leave 32Mi, below the default 128Mi.
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "800Mi")).addJvmOptions("-Xmx512m").build();

    assertThat(JvmMemory.of(master)).isEqualTo(new JvmMemory(512 * MIB, 32 * MIB));
  }

  @Test
  void givenSizesStayAsWrittenWhateverTheLimit() {
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "512Mi"))
        .addJvmOptions("-Xmx1g", "-XX:MaxDirectMemorySize=1g").build();

    assertThat(JvmMemory.of(master)).isEqualTo(new JvmMemory(1024 * MIB, 1024 * MIB));
  }

  @Test
  void defaultsShrinkDownToTheSmallestHeapButNoFurther() {
    // A master's 512Mi + 128Mi scaled into 416Mi - 256Mi = 160Mi: a heap of exactly MIN_HEAP.
    MasterProcess atTheEdge = MasterProcess.builder().resources(Resources.of("1", "416Mi")).build();
    MasterProcess belowIt = MasterProcess.builder().resources(Resources.of("1", "415Mi")).build();

    assertThat(JvmMemory.of(atTheEdge)).isEqualTo(new JvmMemory(JvmMemory.MIN_HEAP, 32 * MIB));
    assertThat(JvmMemory.of(belowIt)).isEqualTo(JvmMemory.MASTER);
  }

  @Test
  void aDefaultDirectMemoryWithNoRoomLeftStays() {
    // The given heap and the overhead fill 768Mi: no direct memory would be left, so the default stays and
    // the limit is reported too small.
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "768Mi")).addJvmOptions("-Xmx512m").build();

    assertThat(JvmMemory.of(master)).isEqualTo(new JvmMemory(512 * MIB, 128 * MIB));
  }

  @Test
  void readsTheLargestSizeThatFitsALong() {
    assertThat(JvmMemory.parse("8388607t")).contains(8388607L << 40);
    assertThat(JvmMemory.parse("8388608t")).isEmpty();
  }

  @Test
  void readsHotSpotSizes() {
    assertThat(JvmMemory.parse("1073741824")).contains(1L << 30);
    assertThat(JvmMemory.parse("512k")).contains(512L << 10);
    assertThat(JvmMemory.parse("2T")).contains(2L << 40);
    assertThat(JvmMemory.parse("1.5g")).isEmpty();
    assertThat(JvmMemory.parse("99999999999999999g")).isEmpty();
  }
}
