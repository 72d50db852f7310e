#!/usr/bin/env bash
# Writes the unlabelled news as the recogniser's own word cores, one paragraph a line (gzip), for
# build_clusters.sh and build_vectors.sh: DevClusterCorpus reduces words to the very keys the
# recogniser looks up.
#   tools/ner/word_keys.sh NEWS.jsonl.gz OUT.txt.gz
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
news="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
mvn -B -q -pl marsad-ner -am test-compile
mvn -B -q -pl marsad-ner dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="marsad-ner/target/classes:marsad-ner/target/test-classes:marsad-kb/target/classes:marsad-arabic/target/classes:marsad-core/target/classes:$(cat "$work/cp")"
java -cp "$cp" org.marsad.ner.DevClusterCorpus "$news" "$out"
