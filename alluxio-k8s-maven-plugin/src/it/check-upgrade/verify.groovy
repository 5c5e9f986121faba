def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/k8s').path
assert log.contains("[ERROR] ${file}/masters.yaml:30:13: error: StatefulSet/alluxio/alluxio-master: spec.volumeClaimTemplates[0].spec.resources.requests.storage: REFUSED_BY_API_SERVER")
assert log.contains('[INFO] Upgrade plan:')
assert log.contains('kubectl delete statefulset alluxio-master -n alluxio --cascade=orphan')
assert log.contains('kubectl patch pvc alluxio-journal-alluxio-master-0 -n alluxio')
assert log.contains('1 change(s) refused by the API server or putting data at risk')
