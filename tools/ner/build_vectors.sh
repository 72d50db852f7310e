#!/usr/bin/env bash
# Rebuilds marsad-ner/src/main/resources/org/marsad/ner/word-vectors.bin from the unlabelled
# Arabic news sample (deterministic; a few minutes on one core, 3 GB of memory).
#   tools/ner/build_vectors.sh [NEWS.jsonl.gz [DIMS]]   (default ../shared/bench/arabic-news.jsonl.gz, 50)
# build_vectors.py computes and quantises the vectors from the news as word keys (see from_news.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec "$root/tools/ner/from_news.sh" build_vectors.py marsad-ner/src/main/resources/org/marsad/ner/word-vectors.bin \
    "${1:-$root/../shared/bench/arabic-news.jsonl.gz}" "${2:-50}"
