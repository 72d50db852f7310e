#!/usr/bin/env python3
"""Word clusters for the name recogniser, learned from unlabelled Arabic news.

Input: the key corpus written by DevClusterCorpus (one paragraph a line, each Arabic word
reduced to its core, the form the recogniser looks clusters up by). Method (deterministic):
  1. vocabulary = the MAX_VOCAB most frequent keys seen at least MIN_COUNT times;
  2. each word is described by counts of the CONTEXT most frequent keys at offsets -2,-1,+1,+2;
  3. positive pointwise mutual information, truncated SVD to DIM dimensions, rows L2-normalised;
  4. spherical k-means (k-means++ seeding, fixed seed) into FINE clusters; the FINE centroids are
     clustered again into MID and the MID centroids into COARSE clusters, giving a three-level
     hierarchy (as the prefixes of Brown cluster paths).
Output: a TSV `key<TAB>coarse<TAB>mid<TAB>fine<TAB>article class<TAB>finer` with a header naming the source and settings.

Usage: build_clusters.py KEYS.txt.gz OUT.tsv
"""
import gzip
import os
import sys
import time
from collections import Counter

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from scipy.sparse.linalg import svds  # noqa: E402

MIN_COUNT = 5
MAX_VOCAB = 80000
CONTEXT = 2000
OFFSETS = (-2, -1, 1, 2)
DIM = 100
FINE, MID, COARSE = 1000, 200, 50
# a second, finer partition made independently: two partitions disagree where a word sits
# between classes, which the recogniser can use (clubs versus players in sports news)
FINER = 3000
SEED = 42
ITERATIONS = 25


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def read(path):
    """Paragraphs as key lists, and per key how often it carried the article (leading '+')."""
    lines, article = [], Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            keys = []
            for w in line.split():
                if len(w) > 1 and w[0] == "+":
                    w = w[1:]
                    article[w] += 1
                keys.append(w)
            lines.append(keys)
    return lines, article


def article_class(with_article, count):
    """How often a word carries the article, in four classes: names almost never do."""
    r = with_article / count
    return 0 if r < 0.02 else 1 if r < 0.2 else 2 if r < 0.6 else 3


def kmeans(x, k, rng, weights=None):
    """Spherical k-means on unit rows; k-means++ seeding. Returns (assignment, unit centroids)."""
    n = x.shape[0]
    centres = np.empty((k, x.shape[1]), dtype=np.float32)
    first = rng.integers(n)
    centres[0] = x[first]
    dist = 1.0 - x @ centres[0]
    for c in range(1, k):
        p = np.maximum(dist, 0) ** 2
        if weights is not None:
            p = p * weights
        p = p / p.sum()
        pick = rng.choice(n, p=p)
        centres[c] = x[pick]
        dist = np.minimum(dist, 1.0 - x @ centres[c])
    assign = None
    for it in range(ITERATIONS):
        new = np.empty(n, dtype=np.int64)
        for s in range(0, n, 20000):
            new[s:s + 20000] = np.argmax(x[s:s + 20000] @ centres.T, axis=1)
        if assign is not None and np.array_equal(new, assign):
            break
        assign = new
        w = weights if weights is not None else np.ones(n, dtype=np.float32)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x * w[:, None])
        norms = np.linalg.norm(sums, axis=1)
        empty = norms == 0
        sums[~empty] /= norms[~empty, None]
        sums[empty] = centres[empty]
        centres = sums
    return assign, centres


def vocabulary(counts):
    """The MAX_VOCAB most frequent keys seen at least MIN_COUNT times, most frequent first."""
    return [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= MIN_COUNT][:MAX_VOCAB]


def ppmi_svd(lines, vocab, rng):
    """Positive PMI of each vocabulary key with the CONTEXT most frequent keys at OFFSETS, reduced
    by truncated SVD to DIM dimensions. Returns (u, s): the key vectors are u * sqrt(s)."""
    index = {w: i for i, w in enumerate(vocab)}
    # one array of ids over the whole corpus, -1 between paragraphs so contexts do not cross them
    ids = []
    for line in lines:
        ids.extend(index.get(w, len(vocab)) for w in line)
        ids.append(-1)
    ids = np.array(ids, dtype=np.int64)
    rows, cols = [], []
    for k, off in enumerate(OFFSETS):
        if off < 0:
            a, b = ids[-off:], ids[:len(ids) + off]
        else:
            a, b = ids[:len(ids) - off], ids[off:]
        ok = (a >= 0) & (a < len(vocab)) & (b >= 0) & (b < CONTEXT)
        # a paragraph break between the two positions hides the context
        if abs(off) == 2:
            ok &= ids[1:len(ids) - 1] >= 0
        rows.append(a[ok])
        cols.append(b[ok] + k * CONTEXT)
    rows = np.concatenate(rows)
    cols = np.concatenate(cols)
    m = sp.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), CONTEXT * len(OFFSETS))).tocsr()
    m.sum_duplicates()
    log(f"co-occurrence matrix {m.shape}, {m.nnz} non-zeros")
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data * 1.0 / (row[coo.row] / total) / col[coo.col] / total)
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=m.shape)
    log(f"PPMI {ppmi.nnz} non-zeros")
    v0 = rng.standard_normal(min(ppmi.shape)).astype(np.float64)
    u, s, _ = svds(ppmi.astype(np.float64), k=DIM, v0=v0)
    log("SVD done")
    return u, s


def main(src, out):
    lines, article = read(src)
    counts = Counter(w for line in lines for w in line)
    tokens = sum(counts.values())
    vocab = vocabulary(counts)
    log(f"{tokens} tokens, {len(counts)} keys, vocabulary {len(vocab)}")
    rng = np.random.default_rng(SEED)
    u, s = ppmi_svd(lines, vocab, rng)
    del lines
    emb = (u * np.sqrt(s)).astype(np.float32)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    fine, fine_c = kmeans(emb, FINE, rng)
    log("fine clusters done")
    sizes = np.bincount(fine, minlength=FINE).astype(np.float32)
    mid_of_fine, mid_c = kmeans(fine_c, MID, rng, weights=sizes)
    mid_sizes = np.bincount(mid_of_fine, weights=sizes, minlength=MID).astype(np.float32)
    coarse_of_mid, _ = kmeans(mid_c, COARSE, rng, weights=mid_sizes)
    log("hierarchy done")
    finer, _ = kmeans(emb, FINER, rng)
    log("finer clusters done")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Word clusters for marsad-ner: key<TAB>coarse<TAB>mid<TAB>fine cluster numbers<TAB>article class<TAB>finer cluster.\n")
        f.write("# key = the core of an Arabic word (normalised, leading conjunction/preposition + article removed),\n")
        f.write("#   <D> numbers, <L> Latin words, punctuation as itself.\n")
        f.write("# Made by tools/ner/build_clusters.sh from shared/bench/arabic-news.jsonl.gz (48,884 Arabic news\n")
        f.write(f"#   articles, {tokens} tokens): PPMI over contexts at offsets {OFFSETS} among the {CONTEXT} most frequent keys,\n")
        f.write(f"#   SVD to {DIM} dimensions, spherical k-means into {FINE} clusters, their centroids into {MID} and {COARSE};\n")
        f.write(f"#   finer: an independent spherical k-means into {FINER} clusters;\n")
        f.write(f"#   the {len(vocab)} most frequent keys seen at least {MIN_COUNT} times, seed {SEED}.\n")
        f.write("# article class: share of the word's occurrences with the article attached: 0 <2%, 1 <20%, 2 <60%, 3 more.\n")
        f.write("# Derived statistics only: a word list with class numbers; no sentence of the articles is reproduced\n")
        f.write("#   (the articles are their outlets' copyright and are not part of the project).\n")
        for i, w in enumerate(vocab):
            mf = mid_of_fine[fine[i]]
            f.write(f"{w}\t{coarse_of_mid[mf]}\t{mf}\t{fine[i]}\t{article_class(article[w], counts[w])}\t{finer[i]}\n")
    log(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
