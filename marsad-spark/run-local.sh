#!/usr/bin/env bash
# Runs the Spark job on this machine without a Spark installation (Spark comes from the build's
# class path), e.g.:  marsad-spark/run-local.sh --master 'local[2]' --bench news.jsonl.gz
#                     marsad-spark/run-local.sh news/ out/
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cp_file="$here/target/classpath.txt"
if [ ! -f "$here/target/classes/org/marsad/spark/SparkExtractJob.class" ] || [ ! -f "$cp_file" ]; then
  (cd "$root" && mvn -B -q -pl marsad-spark -am install -DskipTests >&2 \
    && mvn -B -q -pl marsad-spark dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2)
fi
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' "$here/pom.xml")"
# shellcheck disable=SC2086
exec java ${MARSAD_JAVA_OPTS:--Xmx2g} $opens -cp "$here/target/classes:$(cat "$cp_file")" org.marsad.spark.SparkExtractJob "$@"
