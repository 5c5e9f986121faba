def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/alluxio/alluxio.yaml').path
assert log.contains("[ERROR] ${file}: error: DaemonSet/alluxio-worker: spec.template.spec.hostNetwork: violates PodSecurity")
assert log.contains('[ERROR]   hint: remove hostNetwork, or declare an exemption in the spec: spec.workers.podSecurity (level and reason)')
assert log.contains('validation error(s) in the manifests rendered from <specFiles>; nothing was written')
assert !new File(basedir, 'target/alluxio-k8s').exists() : 'nothing may be written'
