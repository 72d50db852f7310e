#!/usr/bin/env python3
"""Dense word vectors for the name recogniser, learned from unlabelled Arabic news.

The same vectors the word classes are cut from (build_clusters.py: positive PMI over the
contexts at offsets -2..+2, truncated SVD, same vocabulary and seed), kept as numbers: the DIMS
strongest SVD components of u * sqrt(s), each row scaled to unit length, then each component
standardised (zero mean, unit variance over the vocabulary) and quantised to one signed byte
in steps of 1/STEPS (so about +-4 standard deviations), which is all a linear tagger needs.

Output (gzip, big-endian): a length-prefixed UTF-8 header text (source, settings, licence),
int32 word count, int32 dimensions, then per word a length-prefixed UTF-8 key and DIMS bytes.
Deterministic. Usage: build_vectors.py KEYS.txt.gz OUT.bin [DIMS, default 50]
"""
import gzip
import struct
import sys
from collections import Counter

import numpy as np

import build_clusters as bc

STEPS = 32


def main(src, out, dims):
    lines, _ = bc.read(src)
    counts = Counter(w for line in lines for w in line)
    tokens = sum(counts.values())
    vocab = bc.vocabulary(counts)
    bc.log(f"{tokens} tokens, vocabulary {len(vocab)}")
    u, s = bc.ppmi_svd(lines, vocab, np.random.default_rng(bc.SEED))
    del lines
    top = np.argsort(-s)[:dims]
    emb = u[:, top] * np.sqrt(s[top])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    # the sign of an SVD component is arbitrary: fix it so the most frequent word is non-negative
    emb *= np.where(emb[0] < 0, -1.0, 1.0)
    emb = (emb - emb.mean(axis=0)) / emb.std(axis=0)
    q = np.clip(np.rint(emb * STEPS), -127, 127).astype(np.int8)
    header = (
        "Word vectors for marsad-ner (key = the core of an Arabic word as in word-clusters.tsv).\n"
        "Made by tools/ner/build_vectors.sh from shared/bench/arabic-news.jsonl.gz (48,884 Arabic news\n"
        f"articles, {tokens} tokens): PPMI over contexts at offsets {bc.OFFSETS} among the {bc.CONTEXT} most\n"
        f"frequent keys, SVD to {bc.DIM} dimensions, the {dims} strongest kept, rows unit length, each\n"
        f"component standardised and stored as a signed byte in steps of 1/{STEPS}; the {len(vocab)} most\n"
        f"frequent keys seen at least {bc.MIN_COUNT} times, seed {bc.SEED}.\n"
        "Derived statistics only: no sentence of the articles is reproduced (the articles are their\n"
        "outlets' copyright and are not part of the project).\n")
    # no file name nor time in the gzip header: the same input gives the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        h = header.encode("utf-8")
        f.write(struct.pack(">H", len(h)) + h)
        f.write(struct.pack(">ii", len(vocab), dims))
        for i, w in enumerate(vocab):
            k = w.encode("utf-8")
            f.write(struct.pack(">H", len(k)) + k)
            f.write(q[i].tobytes())
    bc.log(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 50)
