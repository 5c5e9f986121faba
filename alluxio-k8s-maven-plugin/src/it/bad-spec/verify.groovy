def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/alluxio/alluxio.yaml').path
assert log.contains("[ERROR] ${file}:8:3: error: spec.mastrs: unknown field \"mastrs\", did you mean \"masters\"?")
assert log.contains('1 problem(s) in <specFiles>')
assert !new File(basedir, 'target/alluxio-k8s').exists() : 'nothing may be written'
