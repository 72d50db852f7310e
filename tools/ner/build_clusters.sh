#!/usr/bin/env bash
# Rebuilds marsad-ner/src/main/resources/org/marsad/ner/word-clusters.tsv from the unlabelled
# Arabic news sample (deterministic; about 5 minutes on one core, 3 GB of memory).
#   tools/ner/build_clusters.sh [NEWS.jsonl.gz]     (default ../shared/bench/arabic-news.jsonl.gz)
# build_clusters.py learns the classes from the news as word keys (see from_news.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec "$root/tools/ner/from_news.sh" build_clusters.py marsad-ner/src/main/resources/org/marsad/ner/word-clusters.tsv \
    "${1:-$root/../shared/bench/arabic-news.jsonl.gz}"
