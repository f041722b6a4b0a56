"""Reading rendered PDFs back for the export tests."""
from __future__ import annotations

import io
import unicodedata

import pypdf


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, NFC, with runs of whitespace (wrapped lines) made one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader.pages]


def all_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def fonts_without_embedding(pdf: bytes) -> list[str]:
    """Names of fonts used by some page that carry no embedded TrueType program."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    missing = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            if descendants:
                font = descendants[0].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing


def font_names(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names.update(str(font.get_object().get("/BaseFont")) for font in fonts.get_object().values())
    return names
