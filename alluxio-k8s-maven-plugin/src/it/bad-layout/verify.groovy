def log = new File(basedir, 'build.log').text
assert log.contains('<layout>helm</layout> is not a layout; use one of stream, kubectl, files, kustomize')
