//! What the documents of guideline steps 2 and 3 share: their masthead, months as a
//! strip of cells or as spans of names, a drawn tick (the embedded fonts have none),
//! framed notes and the 2×2 SWOT grid.

use cluster_core::{Lang, Office};

use crate::error::Result;
use crate::forms::market_brief::{heading, pick, render};
use crate::labels::meetings;
use crate::lang::{LangMode, MONTHS_KM, Text, digits};
use crate::pdf::{Align, BODY, CellBox, Composer, Table};
use crate::text::{Style, wrap};

pub(crate) const NOTE: Style = Style::new(8.5);
pub(crate) const TABLE: Style = Style::new(8.5);

/// The Kingdom's heading, the office, the document's title and what it is for.
pub(crate) fn masthead(
    doc: &mut Composer,
    office: &Office,
    title: Text,
    subtitle: Option<Text>,
) -> Result<()> {
    let mode = doc.mode();
    doc.official_header()?;
    doc.paragraph(
        &pick(mode, &office.name_km, &office.name_en),
        BODY.bold(),
        Align::Left,
    )?;
    doc.space(4.0);
    doc.title(title)?;
    if let Some(subtitle) = subtitle {
        doc.text(subtitle, NOTE, Align::Center)?;
    }
    doc.space(8.0);
    Ok(())
}

/// How much of a table is kept with what comes before it: its header and first rows.
const KEEP: f32 = 100.0;

/// The height of a section heading (see `market_brief::heading`).
fn heading_height(mode: LangMode) -> f32 {
    let km = Style::new(12.0).bold().leading();
    match mode {
        LangMode::KmEn => km + Style::new(10.0).bold().leading() + 8.0,
        _ => km + 8.0,
    }
}

/// Starts a new page unless `heading` (when given) and the table's header with its first
/// rows (or the whole table) fit on this one, so neither is left alone at a page's foot.
pub(crate) fn keep_with_table(
    doc: &mut Composer,
    title: Option<Text>,
    table: &Table,
) -> Result<()> {
    let title_height = title.map_or(0.0, |_| heading_height(doc.mode()));
    let table_height = doc.table_height(table)?;
    doc.ensure(title_height + table_height.min(KEEP))?;
    if let Some(title) = title {
        heading(doc, title)?;
    }
    Ok(())
}

/// A heading kept with `lines` lines of body text after it.
pub(crate) fn keep_heading(doc: &mut Composer, title: Text, lines: usize) -> Result<()> {
    doc.ensure(heading_height(doc.mode()) + lines as f32 * BODY.leading())?;
    heading(doc, title)
}

/// A month list (1–12) as spans of month names: "វិច្ឆិកា–ឧសភា", "Nov–May", "All
/// year"; a span may run over the new year.
pub(crate) fn month_spans(months: &[u8], lang: Lang) -> String {
    let on: [bool; 12] = std::array::from_fn(|i| months.contains(&(i as u8 + 1)));
    if on.iter().all(|&m| m) {
        return meetings::ALL_YEAR.pick(lang).to_owned();
    }
    let name = |i: usize| match lang {
        Lang::Km => MONTHS_KM[i],
        Lang::En => crate::labels::brief::MONTHS_SHORT_EN[i],
    };
    // Start after a month that is off, so a span over December–January stays whole.
    let Some(start) = (0..12).find(|&i| !on[i]) else {
        return String::new();
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    for step in 1..=12 {
        let i = (start + step) % 12;
        match (on[i], run) {
            (true, None) => run = Some((i, i)),
            (true, Some((first, _))) => run = Some((first, i)),
            (false, Some(done)) => {
                runs.push(done);
                run = None;
            }
            (false, None) => {}
        }
    }
    // In the calendar's order of their first month.
    runs.sort_unstable();
    runs.iter()
        .map(|&(first, last)| {
            if first == last {
                name(first).to_owned()
            } else {
                format!("{}–{}", name(first), name(last))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `month_spans` as a table cell prints it: km-en gives the Khmer over the English.
pub(crate) fn month_cell(months: &[u8], mode: LangMode) -> String {
    match mode {
        LangMode::Km => month_spans(months, Lang::Km),
        LangMode::En => month_spans(months, Lang::En),
        LangMode::KmEn => format!(
            "{}\n{}",
            month_spans(months, Lang::Km),
            month_spans(months, Lang::En)
        ),
    }
}

/// Twelve small cells across `cell`, January first, the `months` shaded, each with its
/// number: a seasonal calendar in one table cell.
pub(crate) fn month_strip(doc: &mut Composer, cell: CellBox, months: &[u8]) -> Result<()> {
    let lang = doc.mode().primary();
    let pad = 3.0;
    let side = (cell.width - 2.0 * pad) / 12.0;
    let height = 11.0_f32.min(cell.height - 2.0 * pad);
    let band = first_line(cell);
    let (x0, top) = (cell.x + pad, cell.top + (band - height) / 2.0);
    let style = Style::new(5.5);
    for m in 0..12u8 {
        let x = x0 + f32::from(m) * side;
        if months.contains(&(m + 1)) {
            doc.fill(x, top, side, height, 0.72);
        }
        doc.rule(x, top, x + side, top, 0.3);
        doc.rule(x, top + height, x + side, top + height, 0.3);
        doc.rule(x, top, x, top + height, 0.3);
        if let Some(line) = wrap(&digits(m + 1, lang), style, side * 2.0)?.first() {
            let lx = x + ((side - line.width) / 2.0).max(0.0);
            doc.line_at(line, style, lx, top + height / 2.0 - style.leading() * 0.36)?;
        }
    }
    let right = x0 + 12.0 * side;
    doc.rule(right, top, right, top + height, 0.3);
    Ok(())
}

/// The band of a cell its first line of text takes: what a drawing in the cell lines up
/// with (a table's text starts at the top of its cells).
fn first_line(cell: CellBox) -> f32 {
    cell.height.min(TABLE.leading() + 4.0)
}

/// A tick drawn in `cell`, level with its first line.
pub(crate) fn tick(doc: &mut Composer, cell: CellBox) {
    let (cx, cy) = (cell.x + cell.width / 2.0, cell.top + first_line(cell) / 2.0);
    doc.rule(cx - 4.0, cy, cx - 1.2, cy + 3.2, 1.3);
    doc.rule(cx - 1.6, cy + 3.2, cx + 4.5, cy - 4.0, 1.3);
}

/// `text` in a ruled frame across the page, bold: a note nobody should miss.
pub(crate) fn framed(doc: &mut Composer, text: &str) -> Result<()> {
    let pad = 5.0;
    let style = BODY.bold();
    let width = doc.content_width();
    let lines = wrap(text, style, width - 2.0 * pad)?;
    let height = lines.len() as f32 * style.leading() + 2.0 * pad;
    doc.ensure(height)?;
    let (left, top) = (doc.left(), doc.y());
    for (i, line) in lines.iter().enumerate() {
        doc.line_at(
            line,
            style,
            left + pad,
            top + pad + i as f32 * style.leading(),
        )?;
    }
    doc.rule(left, top, left + width, top, 1.2);
    doc.rule(left, top + height, left + width, top + height, 1.2);
    doc.rule(left, top, left, top + height, 1.2);
    doc.rule(left + width, top, left + width, top + height, 1.2);
    doc.space(height + 4.0);
    Ok(())
}

/// One box of a SWOT grid: its label, a prompt (the blank worksheet) and its items
/// (the minutes).
pub(crate) struct SwotBox<'a> {
    pub label: Text,
    pub prompt: Option<Text>,
    pub items: &'a [String],
}

/// Four boxes two by two, Strengths beside Weaknesses over Opportunities beside
/// Threats; each row of boxes at least `min_height` tall and kept on one page.
pub(crate) fn swot_grid(
    doc: &mut Composer,
    boxes: [SwotBox<'_>; 4],
    min_height: f32,
) -> Result<()> {
    let mode = doc.mode();
    let pad = 6.0;
    let width = doc.content_width() / 2.0;
    let inner = width - 2.0 * pad;
    let label_style = Style::new(11.0).bold();
    let item_style = BODY;
    let none = meetings_none(mode);
    // Each box's lines: the label, the prompt, the items, as (text, style) rows.
    let mut laid = Vec::new();
    for b in &boxes {
        let mut rows = Vec::new();
        for line in wrap(&render(b.label, mode), label_style, inner)? {
            rows.push((line, label_style));
        }
        if let Some(prompt) = b.prompt {
            for line in wrap(&prompt.render(mode), NOTE, inner)? {
                rows.push((line, NOTE));
            }
        }
        if b.prompt.is_none() && b.items.is_empty() {
            for line in wrap(&none, item_style, inner)? {
                rows.push((line, item_style));
            }
        }
        for item in b.items {
            for line in wrap(&format!("• {item}"), item_style, inner)? {
                rows.push((line, item_style));
            }
        }
        laid.push(rows);
    }
    let height_of = |rows: &[(crate::text::Line, Style)]| {
        rows.iter().map(|(_, s)| s.leading()).sum::<f32>() + 2.0 * pad + 2.0
    };
    for pair in laid.chunks(2) {
        let height = pair
            .iter()
            .map(|rows| height_of(rows))
            .fold(min_height, f32::max);
        doc.ensure(height)?;
        let top = doc.y();
        for (k, rows) in pair.iter().enumerate() {
            let x = doc.left() + k as f32 * width;
            let mut y = top + pad;
            for (i, (line, style)) in rows.iter().enumerate() {
                doc.line_at(line, *style, x + pad, y)?;
                y += style.leading();
                // A little air under the label.
                if i == 0 {
                    y += 2.0;
                }
            }
            doc.rule(x, top, x + width, top, 0.8);
            doc.rule(x, top + height, x + width, top + height, 0.8);
            doc.rule(x, top, x, top + height, 0.8);
            doc.rule(x + width, top, x + width, top + height, 0.8);
        }
        doc.space(height);
    }
    doc.space(8.0);
    Ok(())
}

/// The mark of an empty value, as the window shows it.
fn meetings_none(mode: LangMode) -> String {
    crate::labels::common::NONE.pick(mode.primary()).to_owned()
}
