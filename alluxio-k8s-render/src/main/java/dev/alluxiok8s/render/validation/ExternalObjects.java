package dev.alluxiok8s.render.validation;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.model.placement.PodSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects a cluster uses but does not create: the Secrets its spec names (credentials, pull
 * secrets, mounted secrets, Hadoop configuration), the ServiceAccounts its pods run as and the
 * claims of claim-backed tiers. The user creates them; the validator is told they exist outside
 * the rendered set.
 */
public final class ExternalObjects {

  private ExternalObjects() {}

  public static Set<ExternalReference> of(ClusterSpec spec) {
    Set<ExternalReference> refs = new LinkedHashSet<>();
    for (CredentialReference credential : spec.underStorage().credentials()) {
      refs.add(ExternalReference.secret(credential.secretName()));
    }
    spec.images().pullSecrets().forEach(s -> refs.add(ExternalReference.secret(s)));
    spec.serviceAccountName().ifPresent(a -> refs.add(ExternalReference.serviceAccount(a)));
    for (PodSettings pods : List.of(spec.masters(), spec.workers(), spec.fuse())) {
      pods.pod().imagePullSecrets().forEach(s -> refs.add(ExternalReference.secret(s)));
      pods.pod().serviceAccountName().ifPresent(a -> refs.add(ExternalReference.serviceAccount(a)));
    }
    spec.secrets().master().keySet().forEach(s -> refs.add(ExternalReference.secret(s)));
    spec.secrets().worker().keySet().forEach(s -> refs.add(ExternalReference.secret(s)));
    spec.secrets().fuse().keySet().forEach(s -> refs.add(ExternalReference.secret(s)));
    spec.claimMounts().forEach(m -> refs.add(ExternalReference.persistentVolumeClaim(m.claimName())));
    java.util.stream.Stream.of(spec.configMaps().master(), spec.configMaps().worker(), spec.configMaps().logServer())
        .forEach(role -> role.keySet().forEach(c -> refs.add(ExternalReference.configMap(c))));
    spec.underStorage().hdfsConfiguration().ifPresent(h -> refs.add(ExternalReference.secret(h.secretName())));
    spec.journal().hdfsConfiguration().ifPresent(h -> refs.add(ExternalReference.secret(h.secretName())));
    for (TierLevel level : spec.tieredStore().levels()) {
      for (TierDirectory dir : level.directories()) {
        level.volumeOf(dir).claimName().ifPresent(c -> refs.add(ExternalReference.persistentVolumeClaim(c)));
      }
    }
    PodAdditionReferences.addTo(refs, spec);
    return refs;
  }
}
