#!/usr/bin/env bash
# Rebuilds marsad-ner/src/main/resources/org/marsad/ner/word-contexts.tsv from the unlabelled
# Arabic news sample (deterministic; about 3 minutes on one core).
#   tools/ner/build_contexts.sh [NEWS.jsonl.gz]     (default ../shared/bench/arabic-news.jsonl.gz)
# build_contexts.py counts, for each word, the name-introducing words it follows (see from_news.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec "$root/tools/ner/from_news.sh" build_contexts.py marsad-ner/src/main/resources/org/marsad/ner/word-contexts.tsv \
    "${1:-$root/../shared/bench/arabic-news.jsonl.gz}"
