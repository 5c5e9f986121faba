def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/k8s/service.yaml').path
assert log.contains("[ERROR] ${file}:4:3: error: Service/Alluxio_Master: metadata.name: Invalid value: \"Alluxio_Master\"")
assert log.contains('[ERROR]   hint: Service names must start with a letter')
assert log.contains("[WARNING] ${file}:6:3: warning: Service/Alluxio_Master: spec.selector:")
assert log.contains('1 validation error(s) in ')
