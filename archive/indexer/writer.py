"""The index writer: Whoosh's segment writer with the word and bigram postings gathered and written in bulk.

Why: Whoosh adds every posting of every document one at a time in Python (the analyzer's token stream,
``Frequency.word_values``, ``PostingPool.add`` with its size accounting), spills the pool to disk as pickled runs
whenever it passes its memory limit, merges the runs back and writes each posting through
``W3PostingsWriter.add_posting``. For the word and bigram fields of the title and the text and the path's bigrams,
which hold nearly all the postings, this writer instead

* normalises each value once and counts its terms (``index_counts`` of the field's analyzer: jieba's blocks cut once
  per writer, see analysis.CutCache; bigrams counted without a token stream);
* keeps each term's document numbers and frequencies in two arrays while the segment is written (no pool, no runs);
* writes each posting list a block at a time, in the W3 codec's format (``_write_w3_term``).

The result is the same index, byte for byte, as Whoosh's own writer makes (tests/test_index_writer.py compares the
files), so indexes written before and after this writer are the same format. Everything else — stored fields,
lengths, columns, the ID / NUMERIC / KEYWORD fields, deletions, merges — is Whoosh's own code. Writing the W3 blocks
directly reads the codec's private attributes (``W3FieldWriter._postfile`` / ``_tindex`` / ``_fieldid``, the
codec's ``_blocklimit`` / ``_compression`` / ``_inlinelimit``); when they are not there the postings go through the
public ``FieldWriter`` calls instead (same result, slower), and the test fails if the direct path is not the one
taken.
"""

from __future__ import annotations

import itertools
import pickle
import struct
import zlib
from array import array
from collections import Counter
from operator import itemgetter

from whoosh import fields as wf
from whoosh import formats
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .analysis import CUT_CACHE_BLOCKS, CutCache, _TermsTokenizer, normalize

# Estimated bytes of memory per posting and per distinct term held by the bulk fields (two 4-byte array items per
# posting, arrays' over-allocation; a term's string, its two arrays and its dict slot), for `bulk_mb`.
BYTES_PER_POSTING = 10
BYTES_PER_TERM = 330

_ARRAY_ID = "I" if array("I").itemsize == 4 else "L"  # 4-byte unsigned document numbers and frequencies

# The W3 codec's private attributes the direct block writer reads (whoosh/codec/whoosh3.py).
W3_FIELDWRITER_ATTRS = ("_postfile", "_tindex", "_fieldid")
W3_CODEC_ATTRS = ("_blocklimit", "_compression", "_inlinelimit")
try:
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo

    # term info: flags, total weight, document frequency, min/max length bytes, max weight, first/last id
    _TERMINFO: struct.Struct | None = W3TermInfo._struct
except (ImportError, AttributeError):  # another Whoosh: the postings go through the public FieldWriter calls
    WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, _TERMINFO = b"", None, None, None


def bulk_field(field: wf.FieldType) -> bool:
    """Whether the writer may gather this field's postings itself: an indexed, scorable field of Whoosh's Frequency
    format (no boost) analysed by one of our tokenizers, without vectors, spelling, storage or column."""
    fmt = getattr(field, "format", None)
    return (
        bool(field.indexed)
        and type(fmt) is formats.Frequency
        and fmt.field_boost == 1.0
        and fmt.fixed_value_size() == 4
        and isinstance(getattr(field, "analyzer", None), _TermsTokenizer)
        and bool(field.scorable)
        and not field.vector
        and not field.separate_spelling()
        and not field.stored
        and field.column_type is None
    )


class _FieldPostings:
    """The postings of one bulk field in the segment being written: term → (document numbers, frequencies), and
    each document's length byte (as the per-document writer records it)."""

    __slots__ = ("terms", "postings", "lengths")

    def __init__(self) -> None:
        self.terms: dict[str, tuple[array, array]] = {}
        self.postings = 0
        self.lengths = bytearray()

    def add(self, docnum: int, counts: Counter[str], length: int) -> None:
        terms = self.terms
        get = terms.get
        for term, n in counts.items():  # a plain loop: faster here than C-level map tricks (measured)
            p = get(term)
            if p is None:
                terms[term] = (array(_ARRAY_ID, (docnum,)), array(_ARRAY_ID, (n,)))
            else:
                p[0].append(docnum)
                p[1].append(n)
        self.postings += len(counts)
        lengths = self.lengths
        if len(lengths) < docnum:
            lengths.extend(bytes(docnum - len(lengths)))
        lengths.append(length_to_byte(length) if length else 0)

    def sorted_terms(self) -> list[tuple[bytes, tuple[array, array]]]:
        return sorted(((t.encode("utf-8"), p) for t, p in self.terms.items()), key=itemgetter(0))


class BulkWriter(SegmentWriter):
    """A ``SegmentWriter`` whose bulk fields (see `bulk_field`) are gathered and written as described above."""

    def __init__(self, ix, *, cut_cache_blocks: int = CUT_CACHE_BLOCKS, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(ix, **kwargs)
        self._bulk_fields = {name for name, field in self.schema.items() if bulk_field(field)}
        self._bulk: dict[str, _FieldPostings] = {}
        self.cut_cache = CutCache(cut_cache_blocks)
        self.direct_terms = 0  # posting lists written by the direct W3 path (tests check it is the one taken)
        self.api_terms = 0  # posting lists written through FieldWriter calls

    # ------------------------------------------------------------------------------------------------ adding

    def bulk_mb(self) -> float:
        """Estimated memory held by the gathered postings, in MB."""
        postings = sum(p.postings for p in self._bulk.values())
        terms = sum(len(p.terms) for p in self._bulk.values())
        return (postings * BYTES_PER_POSTING + terms * BYTES_PER_TERM) / (1024 * 1024)

    def add_document(self, **fields):  # type: ignore[no-untyped-def]
        # SegmentWriter.add_document, with the bulk fields' terms counted and kept here instead of in the pool
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_post = self.pool.add

        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields.keys() if not name.startswith("_")])
        self._check_fields(schema, fieldnames)

        normalized: dict[str, str] = {}  # the title and text feed two fields each: normalised once
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]

                length = 0
                if (
                    fieldname in self._bulk_fields
                    and isinstance(value, str)
                    and self._field_boost(fields, fieldname, docboost) == 1.0
                ):
                    text = normalized.get(value)
                    if text is None:
                        text = normalized[value] = normalize(value)
                    counts = field.analyzer.index_counts(text, self.cut_cache)
                    length = sum(counts.values())
                    postings = self._bulk.get(fieldname)
                    if postings is None:
                        postings = self._bulk[fieldname] = _FieldPostings()
                    postings.add(docnum, counts, length)
                elif field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    items = field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        weight *= fieldboost
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight, vbytes))

                if field.separate_spelling():
                    spellfield = field.spelling_fieldname(fieldname)
                    for word in field.spellable_words(value):
                        add_post((spellfield, word.encode("utf-8"), 0, 1, None))

                vformat = field.vector
                if vformat:
                    vitems = vformat.word_values(value, field.analyzer, mode="index")
                    vitems = sorted((text, weight, vbytes) for text, _, weight, vbytes in vitems)
                    perdocwriter.add_vector_items(fieldname, field, vitems)

                customval = fields.get(f"_stored_{fieldname}", value)
                sv = customval if field.stored else None
                perdocwriter.add_field(fieldname, field, sv, length)

                column = field.column_type
                if column and customval is not None:
                    cv = field.to_column_value(customval)
                    perdocwriter.add_column_value(fieldname, column, cv)
        except Exception:
            perdocwriter.cancel_doc()
            raise

        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def spill_to_pool(self) -> None:
        """Hand the gathered postings to Whoosh's pool (which keeps its memory bounded by spilling runs to disk)."""
        for name in sorted(self._bulk):
            _into_pool(self._bulk[name], self.pool, name)
            self._bulk[name].terms.clear()
            self._bulk[name].postings = 0

    # ----------------------------------------------------------------------------------------------- writing

    def _flush_segment(self):  # type: ignore[no-untyped-def]
        # SegmentWriter._flush_segment, with the bulk fields written in their place among the pool's fields
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        pool = self.pool
        for name in sorted(set(self._bulk) & pool.fieldnames):
            # a merged segment put postings of this field in the pool: they are sorted together there
            _into_pool(self._bulk.pop(name), pool, name)
        bulk = sorted((name, p) for name, p in self._bulk.items() if p.postings)
        fw = self.fieldwriter
        for fieldname, group in itertools.groupby(pool.iter_postings(), key=itemgetter(0)):
            while bulk and bulk[0][0] < fieldname:
                self._write_bulk_field(*bulk.pop(0))
            # only scorable fields have a length column: the others' lengths are 0 without asking the reader (which
            # looks for the missing column file on every posting)
            scorable = fieldname in self.schema and self.schema[fieldname].scorable
            fw.add_postings(self.schema, pdr if scorable else None, group)
        while bulk:
            self._write_bulk_field(*bulk.pop(0))
        self._bulk.clear()
        fw.close()
        if pdr:
            pdr.close()

    def _write_bulk_field(self, fieldname: str, postings: _FieldPostings) -> None:
        fw = self.fieldwriter
        fieldobj = self.schema[fieldname]
        fw.start_field(fieldname, fieldobj)
        lengths = bytes(postings.lengths) + bytes(max(0, self.docnum - len(postings.lengths)))
        terms = postings.sorted_terms()
        postings.terms.clear()
        codec = self.codec
        direct = (
            _TERMINFO is not None
            and type(fw) is W3FieldWriter
            and type(codec) is W3Codec
            and all(hasattr(fw, a) for a in W3_FIELDWRITER_ATTRS)
            and all(hasattr(codec, a) for a in W3_CODEC_ATTRS)
            and codec._inlinelimit <= 1  # a longer list would be inlined in its term info, which is not written here
        )
        if direct:
            postfile, add_term = fw._postfile, fw._tindex.add
            prefix = pack_ushort(fw._fieldid)
            blocklimit, compression = codec._blocklimit, codec._compression
            for btext, (docs, freqs) in terms:
                add_term(prefix + btext, _write_w3_term(postfile, docs, freqs, lengths, blocklimit, compression))
            self.direct_terms += len(terms)
        else:
            for btext, (docs, freqs) in terms:
                fw.start_term(btext)
                for d, n in zip(docs, freqs, strict=True):
                    b = lengths[d]
                    fw.add(d, float(n), pack_uint(n), byte_to_length(b) if b else 0)
                fw.finish_term()
            self.api_terms += len(terms)
        fw.finish_field()


def _into_pool(postings: _FieldPostings, pool, fieldname: str) -> None:  # type: ignore[no-untyped-def]
    """Hand a bulk field's postings to Whoosh's pool, as SegmentWriter.add_document would have."""
    for term, (docs, freqs) in postings.terms.items():
        tbytes = term.encode("utf-8")
        for d, n in zip(docs, freqs, strict=True):
            pool.add((fieldname, tbytes, d, float(n), pack_uint(n)))


# ---------------------------------------------------------------------------------------- W3 posting blocks


def _write_w3_term(postfile, docs: array, freqs: array, lengths: bytes, blocklimit: int, compression: int) -> bytes:  # type: ignore[no-untyped-def]
    """Write one posting list (ascending document numbers, their frequencies) to the postings file as
    ``W3PostingsWriter`` does — blocks of `blocklimit` postings, each a pickled (info, data) pair — and return its
    term info as ``W3TermInfo.to_bytes`` makes it. `lengths` holds each document's length byte in this field."""
    n = len(docs)
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    total = 0
    minlen = None
    maxlen = 0
    maxweight = 0
    for s in range(0, n, blocklimit):
        ids = docs[s : s + blocklimit].tolist()
        fr = freqs[s : s + blocklimit].tolist()
        count = len(ids)
        deltas = [ids[0], *map(int.__sub__, ids[1:], ids)]
        top = max(fr)
        if top == 1:
            weights = None
        elif min(fr) == top:
            weights = float(top)
        else:
            weights = tuple(map(float, fr))
        values = struct.pack(f"!{count}I", *fr)
        data = zlib.compress(pickle.dumps((tuple(deltas), weights, values), 2), compression)
        lens = bytes(map(lengths.__getitem__, ids))
        if 0 in lens:  # a document with no length in this field (none in ours: a term gives the field a length)
            lens = lens.replace(b"\0", b"")
        bmin = min(lens) if lens else 0
        bmax = max(lens) if lens else 0
        info = pickle.dumps((count, ids[-1], float(top), compression, bmin, bmax), 2)
        size = len(info) + len(data)
        postfile.write(pack_int(-size if s + blocklimit >= n else size))
        postfile.write(info)
        postfile.write(data)
        total += sum(fr)
        if lens:
            minlen = bmin if minlen is None else min(minlen, bmin)
        maxlen = max(maxlen, bmax)
        maxweight = max(maxweight, top)
    info = _TERMINFO.pack(0, float(total), n, minlen or 0, maxlen, float(maxweight), docs[0], docs[n - 1])
    return info + pack_long(start) + pack_int(postfile.tell() - start)
