#!/bin/sh
# Reproduces the native-image attempt of issue 16 (see bench/README.md, "Native image"): GraalVM's
# image builder from Maven Central, run as a plain Java program on the JDK of JAVA_HOME, the way
# the `native-image` launcher of a GraalVM distribution runs it. It stops before analysis, for the
# reason written in bench/README.md; this script exists so that the stop can be seen again, and
# tried again with another JDK (JAVA_HOME) or GraalVM version (GRAALVM_VERSION).
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/native-image-attempt.sh    (GraalVM 25.0.2)
#   GRAALVM_VERSION=23.1.8 bench/native-image-attempt.sh                          (Java 17)
#
# The builder's jars are resolved into Maven's local repository (MAVEN_REPO, default ~/.m2/repository);
# the output goes to alluxio-k8s-cli/target/native/. Never part of the build.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
version=${GRAALVM_VERSION:-25.0.2}
repo=${MAVEN_REPO:-$HOME/.m2/repository}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
cd "$root"
[ -f alluxio-k8s-cli/target/alluxio-k8s.jar ] || bin/alluxio-k8s --version >/dev/null

# svm brings the builder's other modules (compiler, pointsto, objectfile, native-image-base, sdk).
mvn -B -q "-Dmaven.repo.local=$repo" dependency:get "-Dartifact=org.graalvm.nativeimage:svm:$version" >&2
modules=$(find "$repo/org/graalvm" -path "*/$version/*" -name '*.jar' ! -name "compiler-$version.jar" | tr '\n' ':')
compiler=$(find "$repo/org/graalvm/compiler" -name "compiler-$version.jar")
classpath=$(ls alluxio-k8s-cli/target/lib/*.jar | tr '\n' ':')alluxio-k8s-cli/target/alluxio-k8s.jar

# The launcher opens the JDK's internals to the builder; every package of these modules is opened.
builder=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.base,org.graalvm.nativeimage.pointsto
builder="$builder,org.graalvm.nativeimage.objectfile,jdk.internal.vm.compiler,jdk.graal.compiler"
opens=""
for module in java.base jdk.internal.vm.ci jdk.jfr jdk.management java.management jdk.unsupported jdk.zipfs; do
  for package in $("$java" --describe-module "$module" \
      | awk '$1 == "contains" || $1 == "exports" { print $2 } $1 == "qualified" { print $3 }' | sort -u); do
    opens="$opens --add-opens=$module/$package=$builder,ALL-UNNAMED"
  done
done

mkdir -p alluxio-k8s-cli/target/native
# Word splitting of $opens is intended. Unknown-module warnings name builder modules that one
# GraalVM version has and the other has not.
# shellcheck disable=SC2086
"$java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -Dorg.graalvm.nativeimage.imagecode=buildtime \
  -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader $opens \
  --module-path "$modules" --upgrade-module-path "$compiler" \
  -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
  -imagecp "$classpath" -H:Path=alluxio-k8s-cli/target/native -H:Name=alluxio-k8s \
  -H:Class=dev.alluxiok8s.cli.Main -H:ImageBuildID=8f1d3c52-6b1e-4a43-9d39-0e7f3f6c2a11 \
  -H:+ReportExceptionStackTraces 2>&1 | grep -v '^WARNING: Unknown module'
