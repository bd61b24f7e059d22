"""Content codings: lists and stacks, legacy names, raw deflate, gzip header
flags and trailers, bodies that do not decode as declared, unknown codings."""
from . import codings as cz
from . import http, texts
from .case import REQUEST, RESPONSE, reqCase, respCase
from .variants import Builder

MULTI = ["http_multiple_content_encodings"]
LEGACY = ["http_legacy_content_encoding"]
RAW = ["http_raw_deflate"]
FLAGS = ["http_gzip_header_flags"]
TRAILER = ["http_gzip_bad_trailer"]
DECODE = ["http_decompress_error"]
UNKNOWN = ["http_unsupported_encoding"]


def _ce(*values):
    return [b"Content-Encoding: " + v for v in values]


# (label, Content-Encoding header lines, body -> wire bytes, anomalies)
VARIANTS = [
    ("gzip", _ce(b"gzip"), cz.gzip, []),
    ("deflate_zlib", _ce(b"deflate"), cz.zlibDeflate, []),
    ("gzip_upper", _ce(b"GZIP"), cz.gzip, []),
    ("identity_plain", _ce(b"identity"), lambda d: d, []),
    ("deflate_level9", _ce(b"deflate"), lambda d: cz.zlibDeflate(d, 9), []),
    ("gzip_ftext", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FTEXT), []),
    ("list_gzip_deflate", _ce(b"gzip, deflate"), lambda d: cz.encode(d, ["gzip", "deflate"]), MULTI),
    ("list_deflate_gzip", _ce(b"deflate, gzip"), lambda d: cz.encode(d, ["deflate", "gzip"]), MULTI),
    ("list_gzip_gzip", _ce(b"gzip, gzip"), lambda d: cz.encode(d, ["gzip", "gzip"]), MULTI),
    ("list_no_space", _ce(b"gzip,deflate"), lambda d: cz.encode(d, ["gzip", "deflate"]), MULTI),
    ("list_three", _ce(b"gzip, deflate, gzip"), lambda d: cz.encode(d, ["gzip", "deflate", "gzip"]), MULTI),
    ("list_three_deflate", _ce(b"deflate, deflate, deflate"), lambda d: cz.encode(d, ["deflate"] * 3), MULTI),
    ("stacked_two", _ce(b"gzip", b"deflate"), lambda d: cz.encode(d, ["gzip", "deflate"]), MULTI),
    ("stacked_three", _ce(b"gzip", b"deflate", b"gzip"), lambda d: cz.encode(d, ["gzip", "deflate", "gzip"]), MULTI),
    ("stacked_list", _ce(b"deflate, gzip", b"gzip"), lambda d: cz.encode(d, ["deflate", "gzip", "gzip"]), MULTI),
    ("x_gzip", _ce(b"x-gzip"), cz.gzip, LEGACY),
    ("x_gzip_upper", _ce(b"X-GZIP"), cz.gzip, LEGACY),
    ("x_deflate", _ce(b"x-deflate"), cz.zlibDeflate, LEGACY),
    ("x_gzip_list", _ce(b"x-gzip, deflate"), lambda d: cz.encode(d, ["gzip", "deflate"]), LEGACY + MULTI),
    ("raw_deflate", _ce(b"deflate"), cz.rawDeflate, RAW),
    ("raw_deflate_level1", _ce(b"deflate"), lambda d: cz.rawDeflate(d, 1), RAW),
    ("x_deflate_raw", _ce(b"x-deflate"), cz.rawDeflate, LEGACY + RAW),
    ("gzip_then_raw_deflate", _ce(b"gzip, deflate"), lambda d: cz.rawDeflate(cz.gzip(d)), MULTI + RAW),
    ("flag_fextra", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FEXTRA), FLAGS),
    ("flag_fname", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FNAME), FLAGS),
    ("flag_fcomment", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FCOMMENT), FLAGS),
    ("flag_fhcrc", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FHCRC), FLAGS),
    ("flag_name_comment", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FNAME | cz.FCOMMENT), FLAGS),
    ("flag_all_four", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FEXTRA | cz.FNAME | cz.FCOMMENT | cz.FHCRC),
     FLAGS),
    ("flag_long_extra", _ce(b"gzip"), lambda d: cz.gzip(d, flags=cz.FEXTRA, extra=b"AB\xf0\x03" + b"x" * 1000),
     FLAGS),
    ("flag_reserved_20", _ce(b"gzip"), lambda d: cz.gzip(d, flags=0x20), FLAGS),
    ("flag_reserved_40", _ce(b"gzip"), lambda d: cz.gzip(d, flags=0x40), FLAGS),
    ("flag_reserved_80", _ce(b"gzip"), lambda d: cz.gzip(d, flags=0x80), FLAGS),
    ("flag_reserved_and_fname", _ce(b"gzip"), lambda d: cz.gzip(d, flags=0xE0 | cz.FNAME), FLAGS),
    ("trailer_bad_crc", _ce(b"gzip"), lambda d: cz.gzip(d, crc=0xDEADBEEF), TRAILER),
    ("trailer_bad_isize", _ce(b"gzip"), lambda d: cz.gzip(d, isize=7), TRAILER),
    ("trailer_both_bad", _ce(b"gzip"), lambda d: cz.gzip(d, crc=1, isize=1), TRAILER),
    ("trailer_missing", _ce(b"gzip"), lambda d: cz.gzip(d, trailer=False), TRAILER),
    ("trailer_crc_only", _ce(b"gzip"), lambda d: cz.gzip(d, trailer=4), TRAILER),
    ("plain_as_gzip", _ce(b"gzip"), lambda d: d, DECODE),
    ("plain_as_deflate", _ce(b"deflate"), lambda d: d, DECODE),
    ("plain_as_x_gzip", _ce(b"x-gzip"), lambda d: d, LEGACY + DECODE),
    ("unknown_foo", _ce(b"foo"), lambda d: d, UNKNOWN),
    ("unknown_x_snappy", _ce(b"x-snappy"), lambda d: d, UNKNOWN),
    ("unknown_compress", _ce(b"compress"), lambda d: d, UNKNOWN),
]

# The request side gets a selection (clients rarely code bodies, but some do).
REQUEST_LABELS = ("gzip", "deflate_zlib", "list_gzip_deflate", "stacked_two", "x_gzip", "raw_deflate",
                  "flag_fname", "flag_reserved_40", "trailer_bad_crc", "plain_as_gzip", "unknown_foo")


def contentCoding():
    b = Builder()
    for i, (label, ce, encode, anomalies) in enumerate(VARIANTS):
        chunk = i % 2 == 1
        framing = "chunked" if chunk else "cl"
        n, mark = b.next(RESPONSE)
        wire = encode(texts.responseBody(mark, n))
        resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html"] + ce + _framing(wire, chunk),
                            _wire(wire, chunk))
        b.raw(respCase(f"{label}.resp.{framing}", f"Content-Encoding {[x.decode() for x in ce]} "
                       f"({label.replace('_', ' ')}), {framing} framing (response)", n, anomalies, resp, marker=mark))
        if label in REQUEST_LABELS:
            n, mark = b.next(REQUEST)
            wire = encode(texts.requestBody(mark, n))
            req = http.message(b"POST /support/ticket/%d HTTP/1.1" % n,
                               [http.HOST, b"Content-Type: text/plain"] + ce + _framing(wire, not chunk),
                               _wire(wire, not chunk))
            b.raw(reqCase(f"{label}.req.{'cl' if chunk else 'chunked'}",
                          f"Content-Encoding {[x.decode() for x in ce]} ({label.replace('_', ' ')}) (request)", n,
                          anomalies, req, marker=mark))
    return b.cases


def _framing(wire, chunk):
    return [b"Transfer-Encoding: chunked"] if chunk else [b"Content-Length: %d" % len(wire)]


def _wire(wire, chunk):
    return http.chunked(wire, http.cutsThrough(wire, b"", 4)) if chunk else wire
