//! The market study's charts, each defined once over any plotters `DrawingBackend`:
//! the PDF brief draws them through `pdf::PdfBackend` (vector paths, text shaped by
//! this crate), the window gets them as SVG (`svg`), whose text the window's own
//! Noto Sans Khmer shapes. Plotters never sets a glyph: every backend measures text
//! with our shaper.
//!
//! Geometry is in points (the brief's text width, `WIDTH`), scaled by `Look::unit`
//! into backend units.

mod budget;
mod calendar;
mod demand;
mod prices;
mod svg;

use cluster_core::{Lang, MarketAnalysis, ProductDemand};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::error::{DocError, Result};
use crate::labels;
use crate::lang::Text as Label;
use crate::lang::{LangMode, digits};
use crate::text::breaks::grapheme_points;

pub use budget::{BudgetUse, near_envelope};
pub use calendar::Calendar;
pub use demand::Demand;
pub use prices::Prices;
pub use svg::{MarketCharts, calendar_svg, demand_svg, market_charts, prices_svg};

/// The font the window has (bundled) and the PDF embeds, Khmer first.
pub const FAMILY: &str = "Noto Sans Khmer, Noto Sans, sans-serif";
/// A chart's width in points: the A4 portrait text width of the brief.
pub const WIDTH: f64 = 493.0;
/// Products a chart shows, by rank: more do not fit a page legibly.
pub const MAX_PRODUCTS: usize = 12;

/// How a chart is drawn on one backend: its language, backend units per point, and
/// what the backend divides a font size by (plotters' SVG writes size ÷ 1.24).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub mode: LangMode,
    pub unit: f64,
    pub font_scale: f64,
}

/// Ink colours: dark grey text, light rules, the study's green and an earth brown.
pub(crate) const INK: RGBColor = RGBColor(33, 33, 33);
pub(crate) const MUTED: RGBColor = RGBColor(97, 97, 97);
pub(crate) const RULE: RGBColor = RGBColor(189, 189, 189);
pub(crate) const GREEN: RGBColor = RGBColor(46, 125, 50);
pub(crate) const PALE: RGBColor = RGBColor(236, 243, 233);
pub(crate) const BROWN: RGBColor = RGBColor(121, 85, 72);
pub(crate) const SAND: RGBColor = RGBColor(240, 196, 140);

pub(crate) type Drawn<DB> =
    std::result::Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

impl Look {
    pub fn pdf(mode: LangMode) -> Look {
        Look {
            mode,
            unit: crate::pdf::PLOT_UNIT,
            font_scale: 1.0,
        }
    }

    pub fn lang(&self) -> Lang {
        self.mode.primary()
    }

    /// `pt` points in backend units.
    pub fn u(&self, pt: f64) -> i32 {
        (pt * self.unit).round() as i32
    }

    pub fn text(&self, pt: f64) -> TextStyle<'static> {
        TextStyle::from((FontFamily::Name(FAMILY), pt * self.unit * self.font_scale)).color(&INK)
    }

    /// Height of a row of product labels: two lines in km-en.
    pub fn row(&self) -> f64 {
        match self.mode {
            LangMode::KmEn => 23.0,
            LangMode::Km => 14.0,
            LangMode::En => 13.0,
        }
    }

    /// A label in the mode: km-en gives "ខ្មែរ / English".
    pub fn label(&self, text: Label) -> String {
        match self.mode {
            LangMode::Km => text.km.to_owned(),
            LangMode::En => text.en.to_owned(),
            LangMode::KmEn => format!("{} / {}", text.km, text.en),
        }
    }
}

pub(crate) fn anchored(style: &TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// The products a chart shows: the first `MAX_PRODUCTS` by rank.
pub(crate) fn top(analysis: &MarketAnalysis) -> Vec<&ProductDemand> {
    analysis.products.iter().take(MAX_PRODUCTS).collect()
}

/// A product's label lines: "១. ត្រសក់ (គ.ក)"; km-en puts the English under it.
pub(crate) fn product_lines(p: &ProductDemand, mode: LangMode, unit: bool) -> Vec<String> {
    let lang = mode.primary();
    let u = labels::unit_short(p.product.unit);
    let with_unit = |name: &str, unit_name: &str| {
        if unit {
            format!("{name} ({unit_name})")
        } else {
            name.to_owned()
        }
    };
    let rank = digits(p.rank, lang);
    match mode {
        LangMode::Km => vec![format!("{rank}. {}", with_unit(&p.product.name_km, u.km))],
        LangMode::En => vec![format!("{rank}. {}", with_unit(&p.product.name_en, u.en))],
        LangMode::KmEn => vec![
            format!("{rank}. {}", with_unit(&p.product.name_km, u.km)),
            with_unit(&p.product.name_en, u.en),
        ],
    }
}

/// `text` cut between grapheme clusters (never after a coeng) and ended with "…" so
/// it is at most `max` backend units wide; unchanged when it fits.
pub(crate) fn fit<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'static>,
    max: u32,
) -> std::result::Result<String, DrawingAreaErrorKind<DB::ErrorType>> {
    if area.estimate_text_size(text, style)?.0 <= max {
        return Ok(text.to_owned());
    }
    let mut best = String::from("…");
    for end in grapheme_points(text) {
        let candidate = format!("{}…", text[..end].trim_end());
        if area.estimate_text_size(&candidate, style)?.0 > max {
            break;
        }
        best = candidate;
    }
    Ok(best)
}

/// The product labels of a chart's rows, right-aligned against `right` (backend
/// units), each row's lines centred on `centre(i)`; a label wider than `max` is
/// shortened with "…".
pub(crate) fn draw_product_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    rows: &[Vec<String>],
    right: i32,
    max: u32,
    centre: impl Fn(usize) -> i32,
) -> Drawn<DB> {
    let first = anchored(&look.text(8.0), HPos::Right, VPos::Center);
    let second = anchored(&look.text(7.0).color(&MUTED), HPos::Right, VPos::Center);
    for (i, lines) in rows.iter().enumerate() {
        let y = centre(i);
        match lines.as_slice() {
            [one] => {
                let text = fit(area, one, &first, max)?;
                area.draw(&Text::new(text, (right, y), first.clone()))?;
            }
            [km, en, ..] => {
                let half = look.u(5.5);
                let km = fit(area, km, &first, max)?;
                let en = fit(area, en, &second, max)?;
                area.draw(&Text::new(km, (right, y - half), first.clone()))?;
                area.draw(&Text::new(en, (right, y + half), second.clone()))?;
            }
            [] => {}
        }
    }
    Ok(())
}

/// The widest of the label lines, in backend units, at most `cap`.
pub(crate) fn widest<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    rows: &[Vec<String>],
    cap: u32,
) -> std::result::Result<u32, DrawingAreaErrorKind<DB::ErrorType>> {
    let style = look.text(8.0);
    let mut widest = 0;
    for line in rows.iter().flatten() {
        widest = widest.max(area.estimate_text_size(line, &style)?.0);
    }
    Ok(widest.min(cap))
}

/// A figure left-anchored at `at`, vertically centred, on a white patch so grid lines
/// do not run through it.
pub(crate) fn figure_on_white<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    text: String,
    at: (i32, i32),
    style: &TextStyle<'static>,
) -> Drawn<DB> {
    let (w, h) = area.estimate_text_size(&text, style)?;
    let (x, y) = at;
    let half = h as i32 / 2;
    area.draw(&Rectangle::new(
        [
            (x - look.u(1.0), y - half),
            (x + w as i32 + look.u(1.0), y + half),
        ],
        WHITE.filled(),
    ))?;
    area.draw(&Text::new(text, at, style.clone()))?;
    Ok(())
}

/// Centred message for a chart with nothing to show: `text`'s first sentence.
pub(crate) fn draw_empty<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    text: Label,
) -> Drawn<DB> {
    let (w, h) = area.dim_in_pixel();
    let style = anchored(&look.text(9.0).color(&MUTED), HPos::Center, VPos::Center);
    let text = text.pick(look.lang());
    // The first sentence only: a chart is no place for a paragraph.
    let first = text
        .split_inclusive(['។', '.'])
        .next()
        .unwrap_or(text)
        .to_owned();
    area.draw(&Text::new(first, (w as i32 / 2, h as i32 / 2), style))?;
    Ok(())
}

/// Height of the "nothing to show" chart, points.
pub(crate) const EMPTY_HEIGHT: f64 = 50.0;

/// A chart: its height for a look, and how to draw it on any backend.
pub trait Chart {
    /// Height in points.
    fn height(&self, look: &Look) -> f64;
    fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>, look: &Look) -> Drawn<DB>;
}

pub(crate) fn chart_error(e: impl std::fmt::Display) -> DocError {
    DocError::Chart(e.to_string())
}

/// Draws `chart` across the composer's text width.
pub fn to_pdf(doc: &mut crate::pdf::Composer, chart: &impl Chart) -> Result<()> {
    let look = Look::pdf(doc.mode());
    let height = chart.height(&look) as f32;
    doc.chart(height, |area| chart.draw(area, &look).map_err(chart_error))
}
