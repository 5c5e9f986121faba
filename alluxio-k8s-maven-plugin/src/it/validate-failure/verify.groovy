def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/k8s/service.yaml').path
assert log.contains("[ERROR] ${file}:4:3: error: Service/Alluxio_Master: metadata.name: Invalid value: \"Alluxio_Master\"")
assert log.contains('[ERROR]   hint: Service names must start with a letter')
assert log.contains("[WARNING] ${file}:6:3: warning: Service/Alluxio_Master: spec.selector:")
// The remedy of a missing reference names the goal's own element, not a Java call.
assert log.contains('[ERROR]   hint: add the Secret to the set, fix the name, or declare it with <externalReferences><externalReference>Secret/s3-credentials</externalReference></externalReferences>')
assert log.contains('2 validation error(s) in ')
