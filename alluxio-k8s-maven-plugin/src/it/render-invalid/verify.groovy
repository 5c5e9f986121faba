def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/alluxio/alluxio.yaml').path
// Reported at the spec attribute (the file leaves it to its default, so at the nearest written one, spec:).
assert log.contains("[ERROR] ${file}:7:1: error: spec.workers.hostNetwork: violates PodSecurity \"baseline:latest\": host namespaces (hostNetwork=true); workers use host networking by default (in DaemonSet/alluxio-worker at spec.template.spec.hostNetwork) [PSS-BASELINE-HOST-NAMESPACES]")
assert log.contains('[ERROR]   hint: set spec.workers.hostNetwork: false in the spec, or declare an exemption in the spec: spec.workers.podSecurity (level privileged and a reason)')
assert log.contains('validation error(s) in the manifests rendered from <specFiles>; nothing was written')
assert !new File(basedir, 'target/alluxio-k8s').exists() : 'nothing may be written'
