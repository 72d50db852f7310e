#!/usr/bin/env bash
# Rebuilds marsad-ner/src/main/resources/org/marsad/ner/word-vectors.bin from the unlabelled
# Arabic news sample (deterministic; a few minutes on one core, 3 GB of memory).
#   tools/ner/build_vectors.sh [NEWS.jsonl.gz [DIMS]]   (default ../shared/bench/arabic-news.jsonl.gz)
# Step 1 (Java): DevClusterCorpus writes one paragraph a line of word cores (as build_clusters.sh).
# Step 2 (Python 3 with numpy and scipy): build_vectors.py computes and quantises the vectors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
news="${1:-$root/../shared/bench/arabic-news.jsonl.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tools/ner/word_keys.sh "$news" "$work/keys.txt.gz"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python3 tools/ner/build_vectors.py "$work/keys.txt.gz" \
    marsad-ner/src/main/resources/org/marsad/ner/word-vectors.bin "${2:-50}"
