//! A4 pages composed from blocks (headings, paragraphs, tables, signature lines),
//! with the text drawn glyph by glyph as the shaper placed it. Each line is wrapped in
//! an `/ActualText` span so copied text comes out in logical order.

mod draw;
mod plot;
mod table;

use printpdf::{Mm, Op, PdfDocument, PdfPage, PdfSaveOptions};

pub use plot::{PdfBackend, PlotError, TEXT_ASCENT, TEXT_DESCENT, UNIT as PLOT_UNIT, shaped_line};
pub use table::{CellBox, Column, Table};

use crate::error::Result;
use crate::fonts::{Face, fonts};
use crate::lang::{LangMode, Text, digits};
use crate::text::{Line, Style, wrap};

const MM: f32 = 72.0 / 25.4;

/// Paper and margins.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSpec {
    pub width_mm: f32,
    pub height_mm: f32,
    pub margin_mm: f32,
}

impl PageSpec {
    pub const A4_PORTRAIT: PageSpec = PageSpec {
        width_mm: 210.0,
        height_mm: 297.0,
        margin_mm: 18.0,
    };
    pub const A4_LANDSCAPE: PageSpec = PageSpec {
        width_mm: 297.0,
        height_mm: 210.0,
        margin_mm: 15.0,
    };

    fn width(self) -> f32 {
        self.width_mm * MM
    }
    fn height(self) -> f32 {
        self.height_mm * MM
    }
    fn margin(self) -> f32 {
        self.margin_mm * MM
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    /// Both edges straight: the words of every line but a paragraph's last are spread.
    Justify,
}

/// The body text size of forms.
pub const BODY: Style = Style::new(10.5);
/// The side of a thumbprint box: room for an inked thumb.
const THUMB: f32 = 22.0 * MM;
/// Room kept at the foot of each page for the page number.
const FOOTER: f32 = 14.0;

/// What a page that continues a block draws first (a table's header row).
pub type RunningHead = Box<dyn Fn(&mut Composer) -> Result<()>>;

/// Builds a document page by page. `y` runs down from the top of the page, in points.
pub struct Composer {
    spec: PageSpec,
    mode: LangMode,
    title: String,
    pages: Vec<Vec<Op>>,
    y: f32,
    /// Drawn at the top of every page after the first (a table's header, for one).
    running_head: Option<RunningHead>,
    page_numbers: bool,
    /// Printed small at the top of every page after the first.
    running_title: Option<String>,
}

impl Composer {
    pub fn new(title: &str, spec: PageSpec, mode: LangMode) -> Result<Composer> {
        fonts()?;
        Ok(Composer {
            spec,
            mode,
            title: title.to_owned(),
            pages: vec![Vec::new()],
            y: spec.margin(),
            running_head: None,
            page_numbers: true,
            running_title: None,
        })
    }

    /// Names the document at the top of every page after the first, so a loose page
    /// still says what it belongs to.
    pub fn running_title(mut self, text: Text) -> Composer {
        self.running_title = Some(match self.mode {
            LangMode::KmEn => format!("{} · {}", text.km, text.en),
            mode => text.render(mode),
        });
        self
    }

    /// Pages without the "page n of m" footer (the shaping specimen).
    pub fn without_page_numbers(mut self) -> Composer {
        self.page_numbers = false;
        self
    }

    pub fn mode(&self) -> LangMode {
        self.mode
    }

    pub fn left(&self) -> f32 {
        self.spec.margin()
    }

    pub fn content_width(&self) -> f32 {
        self.spec.width() - 2.0 * self.spec.margin()
    }

    fn bottom(&self) -> f32 {
        self.spec.height() - self.spec.margin() - FOOTER
    }

    /// Where the next block starts, in points down from the page's top.
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Room left on this page, in points.
    pub fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    pub fn space(&mut self, points: f32) {
        self.y += points;
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        // `pages` always holds the page being drawn.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn new_page(&mut self) -> Result<()> {
        self.pages.push(Vec::new());
        self.y = self.spec.margin();
        if let Some(head) = self.running_head.take() {
            head(self)?;
            self.running_head = Some(head);
        }
        Ok(())
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn ensure(&mut self, height: f32) -> Result<()> {
        if height > self.room() && self.y > self.spec.margin() + 1.0 {
            self.new_page()?;
        }
        Ok(())
    }

    /// Draws one line with its top at `top` (points down from the page's top), `x`
    /// from the page's left: forms that place their own labels use it.
    pub fn line_at(&mut self, line: &Line, style: Style, x: f32, top: f32) -> Result<()> {
        let baseline = self.spec.height() - (top + style.leading() * 0.68);
        let ops = draw::line_ops(line, x, baseline)?;
        self.ops().extend(ops);
        Ok(())
    }

    /// Lines of text, breaking pages between lines.
    pub fn lines(&mut self, lines: &[Line], style: Style, align: Align) -> Result<()> {
        let width = self.content_width();
        for line in lines {
            self.ensure(style.leading())?;
            let x = self.left() + offset(align, width, line.width);
            let top = self.y;
            if align == Align::Justify {
                self.line_at(&line.justified(width), style, x, top)?;
            } else {
                self.line_at(line, style, x, top)?;
            }
            self.y += style.leading();
        }
        Ok(())
    }

    pub fn paragraph(&mut self, text: &str, style: Style, align: Align) -> Result<()> {
        let lines = wrap(text, style, self.content_width())?;
        self.lines(&lines, style, align)
    }

    /// A label in the document's language mode (km-en: Khmer, English under it).
    pub fn text(&mut self, text: Text, style: Style, align: Align) -> Result<()> {
        let rendered = text.render(self.mode);
        self.paragraph(&rendered, style, align)
    }

    pub fn title(&mut self, text: Text) -> Result<()> {
        let mode = self.mode;
        match mode {
            LangMode::KmEn => {
                self.paragraph(text.km, Style::new(15.0).bold(), Align::Center)?;
                self.paragraph(text.en, Style::new(12.0).bold(), Align::Center)?;
            }
            _ => self.text(text, Style::new(15.0).bold(), Align::Center)?,
        }
        self.space(6.0);
        Ok(())
    }

    /// The Kingdom's heading that official letters and contracts carry.
    pub fn official_header(&mut self) -> Result<()> {
        self.paragraph("ព្រះរាជាណាចក្រកម្ពុជា", Style::new(13.0).bold(), Align::Center)?;
        self.paragraph(
            "ជាតិ សាសនា ព្រះមហាក្សត្រ",
            Style::new(12.0).bold(),
            Align::Center,
        )?;
        if self.mode != LangMode::Km {
            self.paragraph("Kingdom of Cambodia", Style::new(10.0), Align::Center)?;
            self.paragraph("Nation Religion King", Style::new(10.0), Align::Center)?;
        }
        let (x, w) = (self.left() + self.content_width() / 2.0 - 40.0, 80.0);
        let y = self.y + 3.0;
        self.rule(x, y, x + w, y, 0.8);
        self.space(12.0);
        Ok(())
    }

    /// "Label: value" lines, value left blank as a line to write on when empty.
    pub fn field(&mut self, label: Text, value: &str) -> Result<()> {
        let label = match self.mode {
            LangMode::KmEn => format!("{} / {}", label.km, label.en),
            mode => label.render(mode),
        };
        let style = BODY;
        // Khmer ends a label with its own colon; English with ":".
        let colon = if self.mode == LangMode::En {
            ":"
        } else {
            "៖"
        };
        let label_lines = wrap(
            &format!("{label}{colon} "),
            style.bold(),
            self.content_width() * 0.45,
        )?;
        let label_width = label_lines.iter().map(|l| l.width).fold(0.0, f32::max) + 4.0;
        let value_width = self.content_width() - label_width;
        let value_lines = if value.is_empty() {
            Vec::new()
        } else {
            wrap(value, style, value_width)?
        };
        let rows = label_lines.len().max(value_lines.len()).max(1);
        self.ensure(rows as f32 * style.leading())?;
        let top = self.y;
        for (i, line) in label_lines.iter().enumerate() {
            self.line_at(
                line,
                style.bold(),
                self.left(),
                top + i as f32 * style.leading(),
            )?;
        }
        for (i, line) in value_lines.iter().enumerate() {
            self.line_at(
                line,
                style,
                self.left() + label_width,
                top + i as f32 * style.leading(),
            )?;
        }
        if value_lines.is_empty() {
            // A line to write on, just under the text's baseline.
            let y = top + style.leading() * 0.8;
            let x0 = self.left() + label_width;
            self.rule(x0, y, self.left() + self.content_width(), y, 0.4);
        }
        self.y = top + rows as f32 * style.leading();
        Ok(())
    }

    /// Signature lines side by side, each with its label under it; with `thumbprint`,
    /// a box above each line for those who sign with their thumb.
    pub fn signatures(&mut self, labels: &[Text], thumbprint: bool) -> Result<()> {
        if labels.is_empty() {
            return Ok(());
        }
        let style = Style::new(9.5);
        let gap = 14.0;
        let width =
            (self.content_width() - gap * (labels.len() as f32 - 1.0)) / labels.len() as f32;
        let blocks: Vec<Vec<Line>> = labels
            .iter()
            .map(|l| wrap(&l.render(self.mode), style, width))
            .collect::<Result<_>>()?;
        let rows = blocks.iter().map(Vec::len).max().unwrap_or(1);
        let boxed = if thumbprint { THUMB + 10.0 } else { 0.0 };
        let sign_room = 42.0 + boxed;
        self.ensure(sign_room + rows as f32 * style.leading())?;
        let top = self.y + sign_room;
        for (k, lines) in blocks.iter().enumerate() {
            let x = self.left() + k as f32 * (width + gap);
            if thumbprint {
                let (bx, by) = (x + (width - THUMB) / 2.0, self.y);
                self.rule(bx, by, bx + THUMB, by, 0.5);
                self.rule(bx, by + THUMB, bx + THUMB, by + THUMB, 0.5);
                self.rule(bx, by, bx, by + THUMB, 0.5);
                self.rule(bx + THUMB, by, bx + THUMB, by + THUMB, 0.5);
            }
            self.rule(x + 6.0, top - 4.0, x + width - 6.0, top - 4.0, 0.5);
            for (i, line) in lines.iter().enumerate() {
                let lx = x + offset(Align::Center, width, line.width);
                self.line_at(line, style, lx, top + i as f32 * style.leading())?;
            }
        }
        self.y = top + rows as f32 * style.leading();
        Ok(())
    }

    /// A straight line between two points given from the page's top left.
    pub fn rule(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, thickness: f32) {
        let h = self.spec.height();
        self.ops()
            .extend(draw::line(x0, h - y0, x1, h - y1, thickness));
    }

    /// Drops page `index` and every page after it, and starts that page again empty:
    /// for a block drawn once more, smaller, when it ran over its page.
    pub fn redo_from(&mut self, index: usize) {
        self.pages.truncate(index);
        self.pages.push(Vec::new());
        self.y = self.spec.margin();
    }

    /// Draws what `draw` draws turned half a turn about (`cx`, `cy`), points from the
    /// page's top left: the far side of a folded table tent. `draw` stays on this page.
    pub fn upside_down(
        &mut self,
        cx: f32,
        cy: f32,
        draw: impl FnOnce(&mut Composer) -> Result<()>,
    ) -> Result<()> {
        let page = self.pages.len() - 1;
        let (px, py) = (cx, self.spec.height() - cy);
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: printpdf::CurTransMat::Raw([-1.0, 0.0, 0.0, -1.0, 2.0 * px, 2.0 * py]),
            },
        ]);
        let drawn = draw(self);
        self.pages[page].push(Op::RestoreGraphicsState);
        drawn
    }

    /// A filled rectangle given from the page's top left, `gray` from 0 (black) to 1
    /// (white): the shaded months of a calendar strip.
    pub fn fill(&mut self, x: f32, top: f32, width: f32, height: f32, gray: f32) {
        let bottom = self.spec.height() - top - height;
        self.ops()
            .extend(draw::rect(x, bottom, width, height, gray));
    }

    /// Makes `head` run at the top of every following page.
    pub fn set_running_head(&mut self, head: Option<RunningHead>) {
        self.running_head = head;
    }

    /// The finished PDF: page numbers on every page ("ទំព័រ ១ នៃ ២" / "Page 1 of 2"),
    /// fonts subset and embedded.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        let total = self.pages.len();
        let style = Style::new(8.5);
        for index in (0..total).filter(|_| self.page_numbers) {
            let n = index + 1;
            let km = format!(
                "ទំព័រ {} នៃ {}",
                digits(n, cluster_core::Lang::Km),
                digits(total, cluster_core::Lang::Km)
            );
            let en = format!("Page {n} of {total}");
            let label = match self.mode {
                LangMode::Km => km,
                LangMode::En => en,
                LangMode::KmEn => format!("{km} · {en}"),
            };
            if let Some(title) = self.running_title.as_ref().filter(|_| index > 0) {
                let head = wrap(title, style, self.content_width())?;
                if let Some(line) = head.first() {
                    let x = self.left() + offset(Align::Right, self.content_width(), line.width);
                    let baseline = self.spec.height() - self.spec.margin() * 0.55;
                    let ops = draw::line_ops(line, x, baseline)?;
                    self.pages[index].extend(ops);
                }
            }
            let lines = wrap(&label, style, self.content_width())?;
            if let Some(line) = lines.first() {
                let x = self.left() + offset(Align::Center, self.content_width(), line.width);
                let baseline = self.spec.margin() * 0.6;
                let ops = draw::line_ops(line, x, baseline)?;
                self.pages[index].extend(ops);
            }
        }
        let mut doc = PdfDocument::new(&self.title);
        let set = fonts()?;
        let ids: Vec<(Face, printpdf::FontId)> = Face::ALL
            .iter()
            .map(|&f| (f, doc.add_font(&set.get(f).pdf)))
            .collect();
        let pages = self
            .pages
            .into_iter()
            .map(|ops| {
                let ops = draw::bind_fonts(ops, &ids);
                PdfPage::new(Mm(self.spec.width_mm), Mm(self.spec.height_mm), ops)
            })
            .collect();
        let options = PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        };
        Ok(doc.with_pages(pages).save(&options, &mut Vec::new()))
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }
}

/// Where a line of `width` starts in a box of `box_width`.
pub fn offset(align: Align, box_width: f32, width: f32) -> f32 {
    match align {
        Align::Left | Align::Justify => 0.0,
        Align::Center => ((box_width - width) / 2.0).max(0.0),
        Align::Right => (box_width - width).max(0.0),
    }
}
