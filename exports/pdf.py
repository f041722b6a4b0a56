"""The base of every PDF we print: page geometry, the bundled Vietnamese font family, one
stylesheet, the official header and signature block, and a "Trang x/y" footer.

A renderer receives plain data (exports.data), builds a list of flowables and returns the
PDF as bytes; the caller decides where the bytes go.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from exports.data import Organisation
from exports.vietnamese import nfc, place_and_date

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FAMILY = "RosterSerif"
FONT_FILES = {
    FONT_FAMILY: "DejaVuSerifCondensed.ttf",
    f"{FONT_FAMILY}-Bold": "DejaVuSerifCondensed-Bold.ttf",
    f"{FONT_FAMILY}-Italic": "DejaVuSerifCondensed-Italic.ttf",
    f"{FONT_FAMILY}-BoldItalic": "DejaVuSerifCondensed-BoldItalic.ttf",
}
BOLD = f"{FONT_FAMILY}-Bold"
ITALIC = f"{FONT_FAMILY}-Italic"

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập – Tự do – Hạnh phúc"

GRID = colors.HexColor("#7a7a7a")
HEADER_FILL = colors.HexColor("#dde6f0")
CLOSED_FILL = colors.HexColor("#d9d9d9")
IDLE_FILL = colors.HexColor("#f2f2f2")
MISSING_FILL = colors.HexColor("#fde2e2")
MISSING_INK = colors.HexColor("#b00020")

_fonts_registered = False


def register_fonts() -> None:
    """Register the bundled family once per process; ReportLab embeds a subset in each PDF."""
    global _fonts_registered
    if _fonts_registered:
        return
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(
        FONT_FAMILY, normal=FONT_FAMILY, bold=BOLD, italic=ITALIC, boldItalic=f"{FONT_FAMILY}-BoldItalic"
    )
    _fonts_registered = True


def markup(text: str | None) -> str:
    """Plain text → Paragraph markup: NFC, XML-escaped, line breaks kept."""
    return escape(nfc(text)).replace("\n", "<br/>")


def _stylesheet() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT_FAMILY, fontSize=10, leading=12.5)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=9.6),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5, leading=10),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=8.5, leading=10,
                                    alignment=TA_CENTER),
        "cell_center": ParagraphStyle("cell_center", base, fontSize=8.5, leading=10, alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=8.5, leading=10, alignment=TA_RIGHT),
        "agency": ParagraphStyle("agency", base, fontSize=10, leading=12.5, alignment=TA_CENTER),
        "agency_bold": ParagraphStyle("agency_bold", base, fontName=BOLD, fontSize=10, leading=12.5,
                                      alignment=TA_CENTER),
        "nation": ParagraphStyle("nation", base, fontName=BOLD, fontSize=10, leading=12.5, alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", base, fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER),
        "dateline": ParagraphStyle("dateline", base, fontName=ITALIC, fontSize=10, leading=12.5,
                                   alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER,
                                spaceBefore=6),
        "subtitle": ParagraphStyle("subtitle", base, fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER),
        "period": ParagraphStyle("period", base, fontName=ITALIC, fontSize=10, leading=13, alignment=TA_CENTER,
                                 spaceAfter=6),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                                  spaceAfter=4, alignment=TA_LEFT),
        "sign_title": ParagraphStyle("sign_title", base, fontName=BOLD, fontSize=10.5, leading=13,
                                     alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", base, fontName=BOLD, fontSize=10.5, leading=13,
                                    alignment=TA_CENTER),
    }
    return styles


class _NumberedCanvas(pdfcanvas.Canvas):
    """Holds every page until the end so the footer can say 'Trang x/y'."""

    footer_text = ""
    footer_margin = 14 * mm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(FONT_FAMILY, 8)
        self.setFillColor(colors.HexColor("#444444"))
        margin = self.footer_margin
        self.drawString(margin, 8 * mm, self.footer_text)
        self.drawRightString(width - margin, 8 * mm, f"Trang {number}/{total}")
        self.restoreState()


class PdfRenderer:
    """Subclasses set `pagesize` and `title` and implement `story()`; `render()` gives bytes."""

    pagesize = A4
    margin = 14 * mm
    top_margin = 12 * mm
    bottom_margin = 15 * mm
    title = "Duty Roster"

    def __init__(self) -> None:
        register_fonts()
        self.styles = _stylesheet()
        self._header_cells: dict[tuple, tuple[list, list]] = {}

    # -- what a subclass provides -------------------------------------------------------------
    def story(self) -> list:
        raise NotImplementedError

    def footer_text(self) -> str:
        return self.title

    # -- geometry -----------------------------------------------------------------------------
    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.top_margin - self.bottom_margin

    # -- building blocks ----------------------------------------------------------------------
    def para(self, text: str | None, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self.styles[style])

    def rich(self, marked_up: str, style: str = "body") -> Paragraph:
        """A paragraph from markup the caller built with `markup()` pieces."""
        return Paragraph(nfc(marked_up), self.styles[style])

    def official_header(self, organisation: Organisation, issued_on: dt.date | None) -> Table:
        """Issuer at the left, the national motto and the place-and-date line at the right."""
        # The same few paragraphs head every page of a long print run: parse them once.
        key = (organisation, issued_on)
        if key not in self._header_cells:
            self._header_cells[key] = self._header_cells_for(organisation, issued_on)
        left, right = self._header_cells[key]
        width = self.frame_width
        table = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT_FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def _header_cells_for(self, organisation: Organisation, issued_on: dt.date | None) -> tuple[list, list]:
        left = []
        if organisation.parent:
            left.append(self.para(organisation.parent.upper(), "agency"))
        if organisation.name:
            left.append(self.para(organisation.name.upper(), "agency_bold"))
        left.append(self.para("———", "agency"))
        right = [
            self.para(NATION, "nation"),
            self.para(MOTTO, "motto"),
            self.para("—————————", "agency"),
            self.para(place_and_date(organisation.place, issued_on), "dateline"),
        ]
        return left, right

    def title_block(self, title: str, subtitle: str = "", period: str = "") -> list:
        block = [self.para(title, "title")]
        if subtitle:
            block.append(self.para(subtitle, "subtitle"))
        if period:
            block.append(self.para(period, "period"))
        return block

    def signature_block(self, organisation: Organisation) -> KeepTogether:
        """Right-aligned: the signer's title, room for the signature, the signer's name."""
        width = self.frame_width
        cell = [self.para(organisation.signer_title.upper() or "NGƯỜI LẬP LỊCH", "sign_title"),
                self.para("(Ký, ghi rõ họ tên)", "dateline"),
                Spacer(1, 16 * mm),
                self.para(organisation.signer_name, "sign_name")]
        table = Table([["", cell]], colWidths=[width * 0.55, width * 0.45])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return KeepTogether([Spacer(1, 4 * mm), table])

    def grid_style(self, header_rows: int = 1) -> list[tuple]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), FONT_FAMILY),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]

    # -- output -------------------------------------------------------------------------------
    def render(self) -> bytes:
        buffer = io.BytesIO()
        document = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=nfc(self.title),
            author="Duty Roster",
            creator="Duty Roster",
            initialFontName=FONT_FAMILY,  # otherwise each page names Helvetica, which is not embedded
        )
        frame = Frame(self.margin, self.bottom_margin, self.frame_width, self.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        footer = nfc(self.footer_text())
        canvas_class = type("FooterCanvas", (_NumberedCanvas,), {"footer_text": footer, "footer_margin": self.margin})
        document.build(self.story(), canvasmaker=canvas_class)
        return buffer.getvalue()


LANDSCAPE_A4 = landscape(A4)
