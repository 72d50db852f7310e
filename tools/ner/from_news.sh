#!/usr/bin/env bash
# Runs a word-resource builder over the unlabelled Arabic news, for build_clusters.sh and
# build_vectors.sh.
#   tools/ner/from_news.sh BUILDER.py OUTPUT NEWS.jsonl.gz [BUILDER ARGS ...]
# Step 1 (Java, so that words are reduced to the very keys the recogniser looks up):
#   DevClusterCorpus writes one paragraph a line of word cores.
# Step 2 (Python 3 with numpy and scipy, one thread): BUILDER.py KEYS OUTPUT [ARGS] writes the resource.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
builder="$1" output="$2" news="$3"
shift 3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
mvn -B -q -pl marsad-ner -am test-compile
mvn -B -q -pl marsad-ner dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="marsad-ner/target/classes:marsad-ner/target/test-classes:marsad-kb/target/classes:marsad-arabic/target/classes:marsad-core/target/classes:$(cat "$work/cp")"
java -cp "$cp" org.marsad.ner.DevClusterCorpus "$news" "$work/keys.txt.gz"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python3 "tools/ner/$builder" "$work/keys.txt.gz" "$output" "$@"
