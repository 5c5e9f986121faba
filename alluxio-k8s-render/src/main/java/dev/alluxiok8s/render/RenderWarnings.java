package dev.alluxiok8s.render;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.render.master.JournalNode;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.security.ImpliedExemption;
import dev.alluxiok8s.render.security.MasterPodSecurity;
import dev.alluxiok8s.render.security.WorkerPodSecurity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the render itself has to tell the spec's author, beside what validation finds: the Pod
 * Security exemptions the output declares although the spec does not, and a node the user must
 * label. Each is a warning at the spec attribute it is about, so every front end prints it at its
 * line in the spec file.
 */
final class RenderWarnings {

  private RenderWarnings() {}

  static List<Diagnostic> of(ClusterSpec spec, ObjectNames names) {
    List<Diagnostic> warnings = new ArrayList<>();
    MasterPodSecurity.implied(spec).map(ImpliedExemption::warning).ifPresent(warnings::add);
    WorkerPodSecurity.implied(spec).map(ImpliedExemption::warning).ifPresent(warnings::add);
    spec.journal().persistentVolume()
        .flatMap(pv -> JournalNode.warning(pv, names.journalVolume()))
        .ifPresent(warnings::add);
    return List.copyOf(warnings);
  }
}
