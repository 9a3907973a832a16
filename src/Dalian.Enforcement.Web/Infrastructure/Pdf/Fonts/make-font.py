#!/usr/bin/python3
"""Makes the two fonts embedded in the notice PDFs: wqy-microhei-gbk.ttf and its
fallback babelstone-han-names.ttf.

PDFsharp needs one TrueType-outline font: it cannot read a .ttc collection,
and CFF-outline CJK fonts (Noto CJK) give broken files. So this takes face 0
("WenQuanYi Micro Hei") of Debian's fonts-wqy-microhei collection and keeps
every character that GBK can encode, plus ASCII, full-width forms, CJK
punctuation and a few symbols used in notices. GB2312 alone lacks many
characters found in names and addresses.

The cmap and glyph names are kept (copying text out of a PDF relies on them);
hinting is dropped to save space.

The fallback prints what GBK lacks but names use: every character of the
通用规范汉字表 (8,105 characters, Unihan's kTGH field) that the first font
lacks, all of CJK Extension A, and U+9FA6..U+9FFF, taken from Debian's
fonts-babelstone-han (TrueType outlines, mainland glyph forms). Extensions
B to G (30,000 more characters, 26 MB) are left out: a character neither font
has is printed as 〓 and named to the staff member before publishing.

Run it again with:  /usr/bin/python3 make-font.py
It needs python3-fonttools, fonts-wqy-microhei, fonts-babelstone-han and
unicode-data (apt-get install -y ...).
The first font is used under the Apache-2.0 option of its dual licence
(see LICENSE-wqy-microhei.txt); the fallback under the Arphic Public License
(see LICENSE-babelstone-han.txt).
"""

import bz2
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wqy-microhei-gbk.ttf")
FALLBACK_SOURCE = "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"
FALLBACK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "babelstone-han-names.ttf")
UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"


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


def standard_code_points():
    """The 通用规范汉字表 (2013): the characters Unihan gives a kTGH value."""
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as unihan:
        return {int(line.split("\t")[0][2:], 16) for line in unihan if "\tkTGH\t" in line}


def options(drop):
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
    options.drop_tables += drop
    return options


def save(font, points, target, drop=("FFTM", "GSUB", "GPOS", "GDEF")):
    subsetter = subset.Subsetter(options=options(list(drop)))
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    # Keep the source's timestamp so that running this again gives the same bytes.
    font.recalcTimestamp = False
    font.save(target)
    print(f"{target}: {len(points)} characters, {os.path.getsize(target)} bytes")


def main():
    collection = TTCollection(SOURCE)
    font = collection.fonts[0]
    cmap = font.getBestCmap()
    wanted = wanted_code_points()
    present = sorted(p for p in wanted if p in cmap)
    missing = sorted(p for p in wanted if p not in cmap)
    save(font, present, TARGET)
    if missing:
        shown = " ".join(f"U+{p:04X}" for p in missing[:40])
        print(f"{len(missing)} wanted characters are not in the source font: {shown} ...", file=sys.stderr)

    fallback = TTFont(FALLBACK_SOURCE)
    fallback_cmap = fallback.getBestCmap()
    names = standard_code_points() | set(range(0x3400, 0x4DC0)) | set(range(0x9FA6, 0xA000))
    extra = sorted(p for p in names if p not in cmap and p in fallback_cmap)
    save(fallback, extra, FALLBACK, ("GSUB", "GPOS", "GDEF", "DSIG", "meta", "vhea", "vmtx"))
    lacking = sorted(p for p in standard_code_points() if p not in cmap and p not in fallback_cmap)
    if lacking:
        print(f"{len(lacking)} characters of the standard list are in neither font", file=sys.stderr)


if __name__ == "__main__":
    main()
