// With <includeInArtifact>false</includeInArtifact> the manifests are rendered into the output
// folder as usual, and process-resources copies none of them into the classes.
def rendered = new File(basedir, 'target/alluxio-k8s/kubectl')
assert new File(rendered, 'master/alluxio-master-statefulset.yaml').isFile() : 'the manifests must still be rendered'
assert !new File(basedir, 'target/classes/alluxio-k8s').exists() : 'the manifests must stay out of the artifact'
def log = new File(basedir, 'build.log').text
assert log.contains('The manifests stay out of the artifact (<includeInArtifact>false</includeInArtifact>)')
