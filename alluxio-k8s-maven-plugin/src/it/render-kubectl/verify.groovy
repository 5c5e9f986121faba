// The kubectl layout is written under target/alluxio-k8s/kubectl, validated (the spec's Secret is
// declared external through <specFiles>), and copied into the classes as a build resource.
def rendered = new File(basedir, 'target/alluxio-k8s/kubectl')
['alluxio-configmap.yaml', 'master/alluxio-master-statefulset.yaml', 'worker/alluxio-worker-daemonset.yaml'].each {
  assert new File(rendered, it).isFile() : "missing rendered file $it"
  assert new File(basedir, "target/classes/alluxio-k8s/kubectl/$it").isFile() : "$it is not a build resource"
}
assert !new File(basedir, 'target/classes/alluxio-k8s/kubectl/.alluxio-k8s').exists() : 'the folder marker must not ship'
def log = new File(basedir, 'build.log').text
assert log.contains('Rendered 1 spec file(s) into ')
assert log.contains('Validated ') && !log.contains('[ERROR]')
