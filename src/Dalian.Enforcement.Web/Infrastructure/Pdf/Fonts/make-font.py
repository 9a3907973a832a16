#!/usr/bin/python3
"""Makes wqy-microhei-gbk.ttf, the font embedded in the notice PDFs.

PDFsharp needs one TrueType-outline font: it cannot read a .ttc collection,
and CFF-outline CJK fonts (Noto CJK) give broken files. So this takes face 0
("WenQuanYi Micro Hei") of Debian's fonts-wqy-microhei collection and keeps
every character that GBK can encode, plus ASCII, full-width forms, CJK
punctuation and a few symbols used in notices. GB2312 alone lacks many
characters found in names and addresses.

The cmap and glyph names are kept (copying text out of a PDF relies on them);
hinting is dropped to save space.

Run it again with:  /usr/bin/python3 make-font.py
It needs python3-fonttools and fonts-wqy-microhei (apt-get install -y ...).
The font is used under the Apache-2.0 option of its dual licence
(see LICENSE-wqy-microhei.txt).
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wqy-microhei-gbk.ttf")


def gbk_code_points():
    """Every character that a two-byte GBK sequence decodes to."""
    points = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                text = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
            points.update(ord(ch) for ch in text)
    return points


def wanted_code_points():
    points = gbk_code_points()
    points.update(range(0x20, 0x7F))        # ASCII
    points.update(range(0xFF00, 0xFFF0))    # half-width and full-width forms
    points.update(range(0x3000, 0x3040))    # CJK symbols and punctuation
    points.update([
        0x3007,  # 〇
        0x00A5,  # ¥
        0x00D7,  # ×
        0x2014,  # —
        0x2026,  # …
        0x00A0,  # no-break space
    ])
    return points


def main():
    collection = TTCollection(SOURCE)
    font = collection.fonts[0]
    cmap = font.getBestCmap()
    wanted = wanted_code_points()
    present = sorted(p for p in wanted if p in cmap)
    missing = sorted(p for p in wanted if p not in cmap)

    options = subset.Options()
    options.glyph_names = True
    options.notdef_outline = True
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    # PDFsharp does no shaping: the layout tables (and the alternate glyphs
    # they would pull in) only add weight.
    options.layout_features = []
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF"]

    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)
    # Keep the source's timestamp so that running this again gives the same bytes.
    font.recalcTimestamp = False
    font.save(TARGET)

    print(f"{TARGET}: {len(present)} characters, {os.path.getsize(TARGET)} bytes")
    if missing:
        shown = " ".join(f"U+{p:04X}" for p in missing[:40])
        print(f"{len(missing)} wanted characters are not in the source font: {shown} ...", file=sys.stderr)


if __name__ == "__main__":
    main()
