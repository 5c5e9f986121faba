#!/bin/sh
# Checks that every command of bin/alluxio-k8s records its class-data archive (AppCDS on Java 17
# to 24, the AOT cache on 25 and later) on its first run and maps it on the next: for each command
# its archive is deleted, the command is run twice, and the second run's class-loading log must
# show the CLI's own classes coming from the archive. Exits 1 naming the commands that do not.
#
#   bench/archive-check.sh                 in this checkout (builds the jar if it is missing)
#   bench/archive-check.sh --fresh-clone   in a clone of this checkout's HEAD, built from scratch
#
# JAVA_HOME selects the JVM, as for bin/alluxio-k8s.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${1:-}" = --fresh-clone ]; then
  # A clone has no target/ folder: the first command builds the jar, as it does for a new user.
  git clone -q "$root" "$work/clone"
  root="$work/clone"
fi
cd "$root"
spec=samples/multi-master-embedded-journal/alluxio.yaml
target=alluxio-k8s-cli/target
log="$work/class-load.log"
failed=""

# check NAME ARGS...: NAME is the archive's command name, ARGS the command line.
check() {
  name=$1
  shift
  rm -f "$target"/alluxio-k8s-java*-"$name".jsa "$target"/alluxio-k8s-java*-"$name".aot
  # Warnings of the command go to a file, shown only when the command fails.
  bin/alluxio-k8s "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 2; }
  ALLUXIO_K8S_JAVA_OPTS="-Xlog:class+load=info:file=$log" bin/alluxio-k8s "$@" >/dev/null 2>"$work/stderr" \
    || { cat "$work/stderr" >&2; exit 2; }
  ours=$(grep -c ' dev\.alluxiok8s\.' "$log" || true)
  shared=$(grep -c ' dev\.alluxiok8s\..* source: shared objects file' "$log" || true)
  printf '%-9s %4s of %4s of the CLI'"'"'s classes from the archive\n' "$name" "$shared" "$ours"
  if [ "$shared" -eq 0 ]; then failed="$failed $name"; fi
}

check render render "$spec"
check validate validate --external Secret/alluxio-s3-credentials samples/multi-master-embedded-journal/expected
check diff diff "$spec" "$spec"
check schema schema
check init init --scenario multi-master-embedded-journal
check main --version

if [ -n "$failed" ]; then
  echo "bench/archive-check.sh: no archive in use for:$failed" >&2
  exit 1
fi
echo "every command records its archive and maps it on the next run"
