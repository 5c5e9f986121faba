// The smallest spec renders and validates; the exemption its defaults declare for the workers is
// logged as a warning at the spec's line, with the hint in spec words.
def rendered = new File(basedir, 'target/alluxio-k8s/kubectl/worker/alluxio-worker-daemonset.yaml')
assert rendered.isFile() : 'the worker DaemonSet was not rendered'
assert rendered.text.contains('alluxio-k8s.dev/pod-security-level: privileged')
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/alluxio/alluxio.yaml').path
assert log.contains("[WARNING] ${file}:6:1: warning: spec.workers.podSecurity: workers fall below Pod Security baseline: workers use host networking (spec.workers.hostNetwork, true by default)")
assert log.contains('[WARNING]   hint: declare an exemption in the spec: spec.workers.podSecurity (level privileged and a reason)')
assert log.contains('Rendered 1 spec file(s) into ') && !log.contains('[ERROR]')
