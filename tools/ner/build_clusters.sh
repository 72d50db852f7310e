#!/usr/bin/env bash
# Rebuilds marsad-ner/src/main/resources/org/marsad/ner/word-clusters.tsv from the unlabelled
# Arabic news sample (deterministic; about 5 minutes on one core, 3 GB of memory).
#   tools/ner/build_clusters.sh [NEWS.jsonl.gz]     (default ../shared/bench/arabic-news.jsonl.gz)
# Step 1 (Java, so that words are reduced to the very keys the recogniser looks up):
#   DevClusterCorpus writes one paragraph a line of word cores.
# Step 2 (Python 3 with numpy and scipy): build_clusters.py learns the classes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
news="${1:-$root/../shared/bench/arabic-news.jsonl.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tools/ner/word_keys.sh "$news" "$work/keys.txt.gz"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python3 tools/ner/build_clusters.py "$work/keys.txt.gz" \
    marsad-ner/src/main/resources/org/marsad/ner/word-clusters.tsv
