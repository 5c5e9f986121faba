package dev.alluxiok8s.render.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.render.Clusters;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasterPodSecurityTest {

  @Test
  void mastersOfTheDefaultsMeetRestrictedAndSayNothing() {
    assertThat(MasterPodSecurity.of(Clusters.minimal().spec())).isEmpty();
  }

  @Test
  void rootMastersWarnAtTheUserWithBothWaysOut() {
    ImpliedExemption implied = MasterPodSecurity.implied(Clusters.with(s -> s.runAs(RunAs.root())).spec()).orElseThrow();

    assertThat(implied.exemption()).isEqualTo(
        PodSecurityExemption.of(PodSecurityLevel.BASELINE, "runAs.user is 0, so Alluxio runs as root"));
    assertThat(implied.warning().path()).isEqualTo("spec.runAs.user");
    assertThat(implied.warning().ruleId()).isEqualTo(MasterPodSecurity.RULE);
    assertThat(implied.warning().message()).isEqualTo("masters fall below Pod Security restricted: runAs.user is 0, so"
        + " Alluxio runs as root; the master StatefulSet declares the exemption (level baseline) with this reason");
    assertThat(implied.warning().remedy()).isEqualTo(new Remedy.AnyOf(List.of(
        new Remedy.SetAttribute("spec.runAs.user", "1000"),
        new Remedy.DeclareExemption("spec.masters.podSecurity", PodSecurityLevel.BASELINE))));
  }

  @Test
  void theDemoJournalVolumeWarnsAtTheVolume() {
    var spec = Clusters.with(s -> s.journal(Journal.builder()
        .persistentVolume(JournalPersistentVolume.builder().build()).build())).spec();

    ImpliedExemption implied = MasterPodSecurity.implied(spec).orElseThrow();

    assertThat(implied.warning().path()).isEqualTo("spec.journal.persistentVolume");
    assertThat(implied.exemption().reason()).contains("init container running as root with CHOWN");
  }

  @Test
  void aDeclaredExemptionSilencesTheWarning() {
    PodSecurityExemption declared = PodSecurityExemption.of(PodSecurityLevel.BASELINE, "the image runs as root here");
    var spec = Clusters.with(s -> s.runAs(RunAs.root()).masters(Masters.builder().podSecurity(declared).build())).spec();

    assertThat(MasterPodSecurity.implied(spec)).isEmpty();
    assertThat(MasterPodSecurity.of(spec)).contains(declared);
  }
}
