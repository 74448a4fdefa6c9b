//! The blank vendor interview of the guideline's annex 2, as an extension worker takes
//! it to the market: who the vendor is, then one row per product they buy to sell, laid
//! out in the order of the data-entry screen. Landscape, two pages (print them on both
//! sides of one sheet): the first holds the vendor and the first rows, the second more
//! rows, the notes and the signatures; both carry the legend of the codes.
//!
//! The embedded fonts have no check box, tick or star, so those are drawn as lines.

use std::f32::consts::PI;

use cluster_core::{Office, Payment, Per, Source, Unit, VendorKind};

use crate::error::Result;
use crate::labels::{self, common, place, study};
use crate::lang::{LangMode, MONTHS_EN, MONTHS_KM, Text, digits};
use crate::pdf::{Align, Composer, PageSpec};
use crate::text::breaks::break_points;
use crate::text::{Line, Style, wrap};

const MM: f32 = 72.0 / 25.4;

/// A4 across, with margins a little narrower than the register's: every millimetre is
/// room to write in. Office printers print to within 5 mm of the edge.
const PAGE: PageSpec = PageSpec {
    margin_mm: 11.0,
    ..PageSpec::A4_LANDSCAPE
};

const TITLE: Text = Text::new("ទម្រង់សម្ភាសន៍អ្នកលក់នៅផ្សារ", "Market vendor interview");
const SUBTITLE: Text = Text::new(
    "ការសិក្សាតម្រូវការទីផ្សារ (ជំហានទី១ ឧបសម្ព័ន្ធទី២)",
    "Market needs assessment (guideline step 1, annex 2)",
);
const INSTRUCTION: Text = Text::new(
    "សួរអ្នកលក់អំពីផលិតផលនីមួយៗដែលគាត់ទិញមកលក់ ផលិតផលមួយមួយជួរ។",
    "Ask the vendor about each product they buy to sell: one product per row.",
);
const NUMBER: Text = Text::new("ល.រ", "No.");
const PER_HEADER: Text = Text::new("រយៈពេល", "Per");
const MONTHS_HEADER: Text = Text::new(
    "ខែដែលទិញ (គូស) និងខែត្រូវការខ្លាំង (ផ្កាយ ឬគូសរង្វង់)",
    "Months bought (tick) and peak months (star or circle)",
);
const PACKAGING_SHORT: Text = Text::new("វេចខ្ចប់", "Package");
const FRESH_SHORT: Text = Text::new("ស្រស់", "Fresh");
const SAFE_SHORT: Text = Text::new("សុវត្ថិភាព", "Safe");
const PAYMENT_HEADER: Text = Text::new("របៀបបង់ប្រាក់", "How they pay");
const PRICE_HEADER: Text = Text::new("តម្លៃ (រៀល/ឯកតា)", "Price (riel/unit)");
const BUYING: Text = Text::new("ទិញចូល", "Buying");
const SELLING: Text = Text::new("លក់ចេញ", "Selling");
const SOURCE_HEADER: Text = Text::new("ទិញពីណា\n(លេខកូដ)", "Comes from\n(code)");
const WILLING_HEADER: Text = Text::new("ព្រមទិញពីក្រុមផលិតក្នុងតំបន់", "Would buy from a local group");
const YES_BOX: Text = Text::new("ព្រម", "Yes");
const HOW_MUCH: Text = Text::new("បរិមាណ", "How much");
const CODE: Text = Text::new("លេខកូដ", "Code");
const DAYS: Text = Text::new("ចំនួនថ្ងៃ", "Days");
const TICK_MEANS: Text = Text::new("ទិញក្នុងខែនោះ", "buys in that month");
const OR: Text = Text::new("ឬ", "or");
const PEAK_MEANS: Text = Text::new("ខែត្រូវការខ្លាំង", "peak month");
const SOURCE_LEGEND: Text = Text::new(
    "ទិញពីណាឥឡូវនេះ (សរសេរលេខកូដ)",
    "Where it comes from now (write the code)",
);
const PAYMENT_LEGEND: Text = Text::new("របៀបបង់ប្រាក់ (សរសេរលេខកូដ)", "How they pay (write the code)");
const CREDIT_DAYS: Text = Text::new("ជំពាក់ (សរសេរចំនួនថ្ងៃ)", "Credit (write the days)");
const MONTHS_LEGEND: Text = Text::new("ខែ", "Months");
const QUALITY_LEGEND: Text = Text::new("គុណភាព", "Quality");
const GRADE_HINT: Text = Text::new(
    "ទំហំ / ថ្នាក់៖ ឧ. ធំ មធ្យម តូច ថ្នាក់ទី១",
    "Size / grade: e.g. large, medium, small, grade 1",
);
const PACKAGING_HINT: Text = Text::new(
    "វេចខ្ចប់៖ ឧ. បាវ កញ្ច្រែង កេស បាច់",
    "Packaging: e.g. sack, basket, crate, bundle",
);
const UNITS_LEGEND: Text = Text::new("ឯកតា", "Units");
const NOTES: Text = Text::new("កំណត់សម្គាល់", "Notes");
const INTERVIEWER_SIGNS: Text = Text::new("ហត្ថលេខា និងឈ្មោះអ្នកសម្ភាស", "Interviewer's signature and name");
const ENTERED_BY: Text = Text::new(
    "បញ្ចូលទិន្នន័យដោយ (ឈ្មោះ និងកាលបរិច្ឆេទ)",
    "Data entered by (name and date)",
);

/// Rows for products across the two pages: the paper form of annex 2 has 15.
pub const ROWS_MIN: usize = 15;
/// A row tall enough to write a price or a product name by hand.
const ROW_HEIGHT: f32 = 10.0 * MM;
const BOX: f32 = 3.6 * MM;
/// The boxes of the "per" choices, beside their words.
const SMALL_BOX: f32 = 2.1 * MM;
const HEADER_SIZE: f32 = 7.5;
const SMALLEST: f32 = 5.5;
const PAD: f32 = 2.0;
/// Lines of a header stand this many sizes apart (Khmer stacks above and below).
const HEADER_LINE: f32 = 1.5;
const FIELD: Style = Style::new(9.5);
const LEGEND: Style = Style::new(7.5);

/// What a column's cells hold before anyone writes in them.
#[derive(Clone, Copy, PartialEq)]
enum Cell {
    Blank,
    Number,
    /// One box to tick.
    Tick,
    /// The three periods, a box beside each.
    Per,
}

struct Col {
    header: Text,
    /// Share of the table's width.
    weight: f32,
    cell: Cell,
    /// Index into `GROUPS` of the header this column sits under.
    group: Option<usize>,
}

const fn col(header: Text, weight: f32, cell: Cell, group: Option<usize>) -> Col {
    Col {
        header,
        weight,
        cell,
        group,
    }
}

const MONTHS_GROUP: usize = 0;
const GROUPS: [Text; 5] = [
    MONTHS_HEADER,
    study::QUALITY,
    PRICE_HEADER,
    WILLING_HEADER,
    PAYMENT_HEADER,
];

/// The columns, in millimetres of A4 across (scaled to the page's width).
fn columns(mode: LangMode) -> Vec<Col> {
    let months = month_headers();
    let (product, per) = if mode == LangMode::KmEn {
        (23.0, 18.0)
    } else {
        (25.0, 16.0)
    };
    let mut cols = vec![
        col(NUMBER, 6.0, Cell::Number, None),
        col(study::PRODUCT, product, Cell::Blank, None),
        col(study::QUANTITY, 13.0, Cell::Blank, None),
        col(study::UNIT, 12.0, Cell::Blank, None),
        col(PER_HEADER, per, Cell::Per, None),
    ];
    cols.extend(
        months
            .into_iter()
            .map(|m| col(m, 6.5, Cell::Blank, Some(MONTHS_GROUP))),
    );
    cols.extend([
        col(study::GRADE, 11.0, Cell::Blank, Some(1)),
        col(FRESH_SHORT, 8.5, Cell::Tick, Some(1)),
        col(SAFE_SHORT, 10.5, Cell::Tick, Some(1)),
        col(PACKAGING_SHORT, 13.0, Cell::Blank, Some(1)),
        col(BUYING, 15.0, Cell::Blank, Some(2)),
        col(SELLING, 15.0, Cell::Blank, Some(2)),
        col(SOURCE_HEADER, 12.5, Cell::Blank, None),
        col(YES_BOX, 8.0, Cell::Tick, Some(3)),
        col(HOW_MUCH, 12.0, Cell::Blank, Some(3)),
        col(CODE, 10.5, Cell::Blank, Some(4)),
        col(DAYS, 9.5, Cell::Blank, Some(4)),
    ]);
    cols
}

/// The months as column headers: whole Khmer names, English ones cut to three letters
/// (a column is 6 mm wide).
fn month_headers() -> Vec<Text> {
    MONTHS_KM
        .iter()
        .zip(MONTHS_EN)
        .map(|(km, en)| Text::new(km, en.get(..3).unwrap_or(en)))
        .collect()
}

/// The blank interview form, headed with the office's name when there is one.
pub fn market_interview_form(office: Option<&Office>, mode: LangMode) -> Result<Vec<u8>> {
    compose(office, mode)?.0.finish()
}

/// The form's pages and how many product rows they hold.
fn compose(office: Option<&Office>, mode: LangMode) -> Result<(Composer, usize)> {
    let mut doc = Composer::new(TITLE.en, PAGE, mode)?.running_title(TITLE);
    if let Some(office) = office {
        let name = match mode {
            LangMode::Km => office.name_km.clone(),
            LangMode::En => office.name_en.clone(),
            LangMode::KmEn => format!("{} · {}", office.name_km, office.name_en),
        };
        doc.paragraph(&name, Style::new(9.0).bold(), Align::Left)?;
    }
    match mode {
        LangMode::KmEn => {
            doc.paragraph(TITLE.km, Style::new(14.0).bold(), Align::Center)?;
            doc.paragraph(
                &format!("{} · {}", TITLE.en, SUBTITLE.en),
                Style::new(9.0),
                Align::Center,
            )?;
        }
        _ => {
            doc.text(TITLE, Style::new(14.0).bold(), Align::Center)?;
            doc.text(SUBTITLE, Style::new(9.0), Align::Center)?;
        }
    }
    doc.space(4.0);
    vendor_block(&mut doc)?;
    doc.space(3.0);
    instruction(&mut doc)?;
    doc.space(2.0);

    let table = Grid::new(&doc, columns(mode))?;
    let legend = Legend::new(&doc)?;
    let (first, second, legend_again) = rows(&doc, &table, &legend);
    table.header(&mut doc)?;
    for n in 1..=first {
        table.row(&mut doc, n)?;
    }
    doc.space(GAP);
    legend.draw(&mut doc)?;

    doc.new_page()?;
    table.header(&mut doc)?;
    for n in first + 1..=first + second {
        table.row(&mut doc, n)?;
    }
    if legend_again {
        doc.space(GAP);
        legend.draw(&mut doc)?;
    }
    closing(&mut doc)?;
    Ok((doc, first + second))
}

const GAP: f32 = 4.0;

/// How many rows the first page takes (what fits above the legend) and the second
/// (what fits above the notes and signatures, with the legend again when that still
/// makes `ROWS_MIN` in all); whether the second repeats the legend.
fn rows(doc: &Composer, table: &Grid, legend: &Legend) -> (usize, usize, bool) {
    let fit = |room: f32| (room / ROW_HEIGHT).floor().max(0.0) as usize;
    let first = fit(doc.room() - table.header_height - GAP - legend.height).max(1);
    // A new page's room: this page's room and what is already used of it.
    let page = doc.room() + doc.y() - PAGE.margin_mm * MM;
    let base = page - table.header_height - closing_height(doc.mode());
    let with_legend = fit(base - GAP - legend.height);
    if first + with_legend >= ROWS_MIN {
        (first, with_legend, true)
    } else {
        (first, fit(base), false)
    }
}

const SIGNATURES: [Text; 2] = [INTERVIEWER_SIGNS, ENTERED_BY];

/// The notes (a labelled line and a blank one) and the signatures.
fn closing(doc: &mut Composer) -> Result<()> {
    doc.space(GAP + 2.0);
    let mode = doc.mode();
    let (x, top) = (doc.left(), doc.y());
    let right = x + doc.content_width();
    let w = text_at(doc, &labelled(NOTES, mode), FIELD.bold(), x, top)?;
    let y = top + FIELD.size * 1.19 + 2.0;
    doc.rule(x + w + 3.0, y, right, y, 0.4);
    doc.rule(x, y + NOTE_LINE, right, y + NOTE_LINE, 0.4);
    doc.space(FIELD.leading() + NOTE_LINE);
    doc.signatures(&SIGNATURES, false)
}

const NOTE_LINE: f32 = 8.5 * MM;
/// What `signatures` takes: room to sign, then its labels.
const SIGN_ROOM: f32 = 42.0;

fn closing_height(mode: LangMode) -> f32 {
    let label_lines = if mode == LangMode::KmEn { 2.0 } else { 1.0 };
    GAP + 2.0 + FIELD.leading() + NOTE_LINE + SIGN_ROOM + label_lines * Style::new(9.5).leading()
}

// ---------------------------------------------------------------------------------
// Text placed by hand.

/// A label as one line: km-en gives "ផ្សារ / Market".
fn inline(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} / {}", text.km, text.en),
        mode => text.render(mode),
    }
}

/// A label before what is written after it: "ផ្សារ៖", "Market:".
fn labelled(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::En => format!("{}:", text.en),
        mode => format!("{}៖", inline(text, mode)),
    }
}

/// `text` shaped as one line, however long (its first paragraph).
fn line(text: &str, style: Style) -> Result<Line> {
    let first = wrap(text, style, f32::INFINITY)?.into_iter().next();
    Ok(first.unwrap_or(Line {
        runs: Vec::new(),
        width: 0.0,
        text: String::new(),
        word_starts: Vec::new(),
        last: true,
    }))
}

/// Draws `text` on one line with its top at `top`; returns its width.
fn text_at(doc: &mut Composer, text: &str, style: Style, x: f32, top: f32) -> Result<f32> {
    let l = line(text, style)?;
    doc.line_at(&l, style, x, top)?;
    Ok(l.width)
}

/// Whether every word of `text` fits `width` (a word is never cut to fit a cell).
fn words_fit(text: &str, style: Style, width: f32) -> Result<bool> {
    for paragraph in text.split('\n') {
        let mut start = 0;
        for end in break_points(paragraph) {
            if line(paragraph[start..end].trim_end(), style)?.width > width {
                return Ok(false);
            }
            start = end;
        }
    }
    Ok(true)
}

/// `text` wrapped to `width` at the largest size up to `style`'s that keeps every word
/// whole within `lines` lines.
fn fit(text: &str, style: Style, width: f32, lines: usize) -> Result<(Vec<Line>, Style)> {
    let mut style = style;
    loop {
        let wrapped = wrap(text, style, width)?;
        if style.size <= SMALLEST || (wrapped.len() <= lines && words_fit(text, style, width)?) {
            return Ok((wrapped, style));
        }
        style.size -= 0.25;
    }
}

/// Lines set closer than body text, centred in a box from `x` of `width`, the block
/// centred between `top` and `bottom`.
fn centred(
    doc: &mut Composer,
    lines: &[Line],
    style: Style,
    x: f32,
    width: f32,
    top: f32,
    bottom: f32,
) -> Result<()> {
    let step = style.size * HEADER_LINE;
    let height = step * lines.len() as f32;
    let first = top + ((bottom - top) - height) / 2.0 - (style.leading() - step) / 2.0;
    for (i, l) in lines.iter().enumerate() {
        let lx = x + ((width - l.width) / 2.0).max(0.0);
        doc.line_at(l, style, lx, first + i as f32 * step)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// Marks drawn with lines.

fn square(doc: &mut Composer, x: f32, top: f32, side: f32) {
    doc.rule(x, top, x + side, top, 0.6);
    doc.rule(x, top + side, x + side, top + side, 0.6);
    doc.rule(x, top, x, top + side, 0.6);
    doc.rule(x + side, top, x + side, top + side, 0.6);
}

/// A tick in a box of `side` whose top left is (x, top).
fn tick(doc: &mut Composer, x: f32, top: f32, side: f32) {
    let (ax, ay) = (x + side * 0.05, top + side * 0.55);
    let (bx, by) = (x + side * 0.38, top + side * 0.9);
    let (cx, cy) = (x + side * 0.95, top + side * 0.1);
    doc.rule(ax, ay, bx, by, 1.1);
    doc.rule(bx, by, cx, cy, 1.1);
}

/// A closed outline through `points`.
fn outline(doc: &mut Composer, points: &[(f32, f32)], thickness: f32) {
    for (i, &(x0, y0)) in points.iter().enumerate() {
        let (x1, y1) = points[(i + 1) % points.len()];
        doc.rule(x0, y0, x1, y1, thickness);
    }
}

/// A five-pointed star in a box of `side`.
fn star(doc: &mut Composer, x: f32, top: f32, side: f32) {
    let (cx, cy, r) = (x + side / 2.0, top + side * 0.55, side / 2.0);
    let points: Vec<(f32, f32)> = (0..10)
        .map(|k| {
            let a = -PI / 2.0 + k as f32 * PI / 5.0;
            let radius = if k % 2 == 0 { r } else { r * 0.4 };
            (cx + radius * a.cos(), cy + radius * a.sin())
        })
        .collect();
    outline(doc, &points, 0.7);
}

/// A circle in a box of `side`.
fn ring(doc: &mut Composer, x: f32, top: f32, side: f32) {
    let (cx, cy, r) = (x + side / 2.0, top + side / 2.0, side / 2.0);
    let points: Vec<(f32, f32)> = (0..28)
        .map(|k| {
            let a = k as f32 * 2.0 * PI / 28.0;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect();
    outline(doc, &points, 0.7);
}

#[derive(Clone, Copy)]
enum Mark {
    Box,
    Tick,
    Star,
    Ring,
}

/// One piece of a line mixing words and marks.
enum Bit {
    Text(String),
    Mark(Mark),
}

/// Draws `bits` in a row from `x` with their top at `top`; returns the width taken.
fn bits_at(doc: &mut Composer, bits: &[Bit], style: Style, x: f32, top: f32) -> Result<f32> {
    let side = style.size * 1.05;
    // Marks sit on the text's x-height band: the baseline is 1.19 sizes down.
    let mark_top = top + style.size * 1.19 - side * 0.95;
    let mut pen = x;
    for bit in bits {
        match bit {
            Bit::Text(text) => pen += text_at(doc, text, style, pen, top)? + style.size * 0.3,
            Bit::Mark(mark) => {
                match mark {
                    Mark::Box => square(doc, pen, mark_top, side),
                    Mark::Tick => tick(doc, pen, mark_top, side),
                    Mark::Star => star(doc, pen, mark_top, side),
                    Mark::Ring => ring(doc, pen, mark_top, side),
                }
                pen += side + style.size * 0.35;
            }
        }
    }
    Ok(pen - x)
}

fn bits_width(bits: &[Bit], style: Style) -> Result<f32> {
    let side = style.size * 1.05;
    let mut width = 0.0;
    for bit in bits {
        width += match bit {
            Bit::Text(text) => line(text, style)?.width + style.size * 0.3,
            Bit::Mark(_) => side + style.size * 0.35,
        };
    }
    Ok(width)
}

// ---------------------------------------------------------------------------------
// The vendor.

/// Fields to write on, three to a row, then the choices to tick.
fn vendor_block(doc: &mut Composer) -> Result<()> {
    let mode = doc.mode();
    let row = 8.5 * MM;
    let gap = 6.0 * MM;
    let width = (doc.content_width() - 2.0 * gap) / 3.0;
    let rows = [
        [study::MARKET, place::COMMUNE, study::DATE],
        [study::INTERVIEWER, study::VENDOR, common::PHONE],
    ];
    for labels in rows {
        let top = doc.y();
        for (k, label) in labels.into_iter().enumerate() {
            let x = doc.left() + k as f32 * (width + gap);
            let text = labelled(label, mode);
            let w = text_at(doc, &text, FIELD.bold(), x, top)?;
            let y = top + FIELD.size * 1.19 + 2.0;
            doc.rule(x + w + 3.0, y, x + width, y, 0.5);
        }
        doc.space(row);
    }
    // Sex and the vendor's kind: boxes to tick.
    let sexes = [common::FEMALE, common::MALE];
    let kinds: Vec<Text> = VendorKind::ALL
        .iter()
        .map(|&k| labels::vendor_kind(k))
        .collect();
    let top = doc.y();
    let x = doc.left();
    choices(doc, common::SEX, &sexes, x, width, top)?;
    let kinds_x = x + width + gap;
    let used = choices(
        doc,
        study::VENDOR_KIND,
        &kinds,
        kinds_x,
        doc.left() + doc.content_width() - kinds_x,
        top,
    )?;
    doc.space(used.max(FIELD.leading()) + 1.0);
    Ok(())
}

/// "Label: ☐ one ☐ two …" from `x` within `width`, onto further lines when the
/// choices do not fit; returns the height taken.
fn choices(
    doc: &mut Composer,
    label: Text,
    options: &[Text],
    x: f32,
    width: f32,
    top: f32,
) -> Result<f32> {
    let mode = doc.mode();
    let style = FIELD;
    let head = labelled(label, mode);
    let start = x + text_at(doc, &head, style.bold(), x, top)? + 6.0;
    // Both languages: the English in small type under each choice.
    let under = Style::new(7.5);
    let both = mode == LangMode::KmEn;
    let line_height = style.leading() + if both { under.size * 1.3 } else { 0.0 };
    let mut pen = start;
    let mut line_top = top;
    for &option in options {
        let first = if mode == LangMode::En {
            option.en
        } else {
            option.km
        };
        let bits = [Bit::Mark(Mark::Box), Bit::Text(first.to_owned())];
        let mut w = bits_width(&bits, style)?;
        let indent = bits_width(&bits[..1], style)?;
        if both {
            w = w.max(indent + line(option.en, under)?.width);
        }
        if pen > start && pen + w > x + width {
            pen = start;
            line_top += line_height;
        }
        bits_at(doc, &bits, style, pen, line_top)?;
        if both {
            text_at(
                doc,
                option.en,
                under,
                pen + indent,
                line_top + style.size * 1.45,
            )?;
        }
        pen += w + 8.0;
    }
    Ok(line_top - top + line_height)
}

/// How to mark the months, with the marks drawn.
fn instruction(doc: &mut Composer) -> Result<()> {
    let mode = doc.mode();
    let style = Style::new(8.5);
    let text = |t: Text| Bit::Text(inline(t, mode));
    let bits = [
        Bit::Text(inline(INSTRUCTION, mode)),
        Bit::Text(labelled(MONTHS_LEGEND, mode)),
        Bit::Mark(Mark::Tick),
        Bit::Text(format!("= {}", inline(TICK_MEANS, mode))),
        Bit::Text(";  ".into()),
        Bit::Mark(Mark::Star),
        text(OR),
        Bit::Mark(Mark::Ring),
        Bit::Text(format!("= {}", inline(PEAK_MEANS, mode))),
    ];
    let top = doc.y();
    if bits_width(&bits, style)? <= doc.content_width() {
        let x = doc.left();
        bits_at(doc, &bits, style, x, top)?;
        doc.space(style.leading());
    } else {
        let x = doc.left();
        bits_at(doc, &bits[..1], style, x, top)?;
        bits_at(doc, &bits[1..], style, x, top + style.leading())?;
        doc.space(2.0 * style.leading());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// The product table.

/// The product table's columns, measured once: where each starts and how its header
/// is set.
struct Grid {
    mode: LangMode,
    cols: Vec<Col>,
    xs: Vec<f32>,
    widths: Vec<f32>,
    /// Each column's header lines and style, and each group's.
    col_heads: Vec<(Vec<Line>, Style)>,
    group_heads: Vec<(Vec<Line>, Style)>,
    /// The groups' band and the whole header.
    group_height: f32,
    header_height: f32,
}

impl Grid {
    fn new(doc: &Composer, cols: Vec<Col>) -> Result<Grid> {
        let mode = doc.mode();
        let total: f32 = cols.iter().map(|c| c.weight).sum();
        let widths: Vec<f32> = cols
            .iter()
            .map(|c| doc.content_width() * c.weight / total)
            .collect();
        let mut xs = Vec::with_capacity(cols.len());
        let mut x = doc.left();
        for w in &widths {
            xs.push(x);
            x += w;
        }
        let style = Style::new(HEADER_SIZE).bold();
        // Most lines a header may take: a column alone has the header's whole height.
        let (group_lines, grouped_lines, single_lines) = if mode == LangMode::KmEn {
            (4, 4, 6)
        } else {
            (3, 3, 4)
        };
        let mut col_heads = cols
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let pad = if c.group == Some(MONTHS_GROUP) {
                    0.8
                } else {
                    PAD
                };
                let lines = match c.group {
                    Some(MONTHS_GROUP) => c.header.render(mode).lines().count(),
                    Some(_) => grouped_lines,
                    None => single_lines,
                };
                fit(&c.header.render(mode), style, w - 2.0 * pad, lines)
            })
            .collect::<Result<Vec<_>>>()?;
        // The months in one size, the largest that keeps each on one line.
        let month_size = cols
            .iter()
            .zip(&col_heads)
            .filter(|(c, _)| c.group == Some(MONTHS_GROUP))
            .map(|(_, (_, s))| s.size)
            .fold(HEADER_SIZE, f32::min);
        for (c, head) in cols.iter().zip(col_heads.iter_mut()) {
            if c.group == Some(MONTHS_GROUP) {
                let style = Style::new(month_size).bold();
                *head = (wrap(&c.header.render(mode), style, f32::INFINITY)?, style);
            }
        }
        let group_heads = GROUPS
            .iter()
            .enumerate()
            .map(|(g, text)| {
                let width: f32 = cols
                    .iter()
                    .zip(&widths)
                    .filter(|(c, _)| c.group == Some(g))
                    .map(|(_, w)| w)
                    .sum();
                fit(&text.render(mode), style, width - 2.0 * PAD, group_lines)
            })
            .collect::<Result<Vec<_>>>()?;
        let height = |(lines, style): &(Vec<Line>, Style)| {
            lines.len() as f32 * style.size * HEADER_LINE + 2.0 * PAD
        };
        let group_height = group_heads.iter().map(height).fold(0.0, f32::max);
        let grouped = cols
            .iter()
            .zip(&col_heads)
            .filter(|(c, _)| c.group.is_some())
            .map(|(_, h)| height(h))
            .fold(0.0, f32::max);
        let single = cols
            .iter()
            .zip(&col_heads)
            .filter(|(c, _)| c.group.is_none())
            .map(|(_, h)| height(h))
            .fold(0.0, f32::max);
        let header_height = (group_height + grouped).max(single);
        Ok(Grid {
            mode,
            cols,
            xs,
            widths,
            col_heads,
            group_heads,
            group_height,
            header_height,
        })
    }

    fn right(&self) -> f32 {
        self.xs.last().copied().unwrap_or(0.0) + self.widths.last().copied().unwrap_or(0.0)
    }

    fn header(&self, doc: &mut Composer) -> Result<()> {
        let top = doc.y();
        let bottom = top + self.header_height;
        let left = self.xs.first().copied().unwrap_or(0.0);
        let right = self.right();
        doc.rule(left, top, right, top, 0.9);
        doc.rule(left, bottom, right, bottom, 0.9);
        for (g, (lines, style)) in self.group_heads.iter().enumerate() {
            let members: Vec<usize> = (0..self.cols.len())
                .filter(|&i| self.cols[i].group == Some(g))
                .collect();
            let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
                continue;
            };
            let x = self.xs[first];
            let w = self.xs[last] + self.widths[last] - x;
            let band = top + self.group_height;
            centred(doc, lines, *style, x, w, top, band)?;
            doc.rule(x, band, x + w, band, 0.5);
        }
        for (i, c) in self.cols.iter().enumerate() {
            let (lines, style) = &self.col_heads[i];
            let head_top = if c.group.is_some() {
                top + self.group_height
            } else {
                top
            };
            centred(
                doc,
                lines,
                *style,
                self.xs[i],
                self.widths[i],
                head_top,
                bottom,
            )?;
            // A group's inner lines start under its band.
            let starts_group = i == 0 || self.cols[i - 1].group != c.group || c.group.is_none();
            let line_top = if starts_group { top } else { head_top };
            doc.rule(self.xs[i], line_top, self.xs[i], bottom, 0.5);
        }
        doc.rule(right, top, right, bottom, 0.5);
        doc.space(self.header_height);
        Ok(())
    }

    fn row(&self, doc: &mut Composer, n: usize) -> Result<()> {
        let top = doc.y();
        let bottom = top + ROW_HEIGHT;
        for (i, c) in self.cols.iter().enumerate() {
            let (x, w) = (self.xs[i], self.widths[i]);
            // Months are set apart every quarter, to find a month at a glance.
            let heavy = c.group == Some(MONTHS_GROUP)
                && i > 0
                && self.cols[i - 1].group == Some(MONTHS_GROUP)
                && (i - self.first_month()).is_multiple_of(3);
            doc.rule(x, top, x, bottom, if heavy { 0.9 } else { 0.5 });
            match c.cell {
                Cell::Blank => {}
                Cell::Number => {
                    let style = Style::new(8.0);
                    let l = line(&digits(n, self.mode.primary()), style)?;
                    centred(doc, &[l], style, x, w, top, bottom)?;
                }
                Cell::Tick => square(
                    doc,
                    x + (w - BOX) / 2.0,
                    top + (ROW_HEIGHT - BOX) / 2.0,
                    BOX,
                ),
                Cell::Per => self.per_choices(doc, x, w, top)?,
            }
        }
        let right = self.right();
        doc.rule(right, top, right, bottom, 0.5);
        doc.rule(self.xs[0], bottom, right, bottom, 0.5);
        doc.space(ROW_HEIGHT);
        Ok(())
    }

    fn first_month(&self) -> usize {
        self.cols
            .iter()
            .position(|c| c.group == Some(MONTHS_GROUP))
            .unwrap_or(0)
    }

    /// Day, week, month, one under the other, each with a small box.
    fn per_choices(&self, doc: &mut Composer, x: f32, width: f32, top: f32) -> Result<()> {
        let words: Vec<String> = Per::ALL
            .iter()
            .map(|&p| {
                let t = labels::per(p);
                match self.mode {
                    LangMode::KmEn => format!("{} {}", t.km, t.en.to_lowercase()),
                    mode => t.render(mode),
                }
            })
            .collect();
        let step = (ROW_HEIGHT - 3.0) / 3.0;
        let inset = 1.2 * MM;
        let room = width - inset - SMALL_BOX - 2.0 - PAD;
        let mut style = Style::new(7.0);
        while style.size > SMALLEST
            && words
                .iter()
                .map(|w| line(w, style).map(|l| l.width))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .any(|w| w > room)
        {
            style.size -= 0.25;
        }
        for (k, word) in words.iter().enumerate() {
            let row_top = top + 1.5 + k as f32 * step;
            let box_top = row_top + (step - SMALL_BOX) / 2.0;
            square(doc, x + inset, box_top, SMALL_BOX);
            // The word's middle on the box's middle.
            let text_top = box_top + SMALL_BOX / 2.0 - style.size * 0.85;
            text_at(doc, word, style, x + inset + SMALL_BOX + 2.0, text_top)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------
// The legend.

enum Entry {
    /// "1  This district".
    Code(usize, Text),
    /// Marks then words.
    Marked(Vec<Mark>, Text),
    Plain(Text),
}

struct Block {
    title: Text,
    entries: Vec<Entry>,
    /// Entries side by side in this many columns.
    columns: usize,
    /// Share of the legend's width.
    weight: f32,
}

/// The codes and marks, in four blocks side by side.
struct Legend {
    blocks: Vec<Block>,
    height: f32,
}

impl Legend {
    fn new(doc: &Composer) -> Result<Legend> {
        let mode = doc.mode();
        let sources = Source::ALL
            .iter()
            .enumerate()
            .map(|(i, &s)| Entry::Code(i + 1, labels::source(s)))
            .collect();
        let payments = Payment::ALL
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let text = if p == Payment::Credit {
                    CREDIT_DAYS
                } else {
                    labels::payment(p)
                };
                Entry::Code(i + 1, text)
            })
            .collect();
        let units = Unit::ALL
            .iter()
            .map(|&u| Entry::Plain(labels::unit(u)))
            .collect();
        let blocks = vec![
            Block {
                title: SOURCE_LEGEND,
                entries: sources,
                columns: 2,
                weight: 3.2,
            },
            Block {
                title: PAYMENT_LEGEND,
                entries: payments,
                columns: 1,
                weight: 1.8,
            },
            Block {
                title: QUALITY_LEGEND,
                entries: vec![
                    Entry::Marked(vec![Mark::Tick], study::FRESH),
                    Entry::Marked(vec![Mark::Tick], study::SAFE),
                    Entry::Plain(GRADE_HINT),
                    Entry::Plain(PACKAGING_HINT),
                ],
                columns: 1,
                weight: 3.0,
            },
            Block {
                title: UNITS_LEGEND,
                entries: units,
                columns: 2,
                weight: 1.6,
            },
        ];
        let mut legend = Legend {
            blocks,
            height: 0.0,
        };
        legend.height = legend.layout(doc.content_width(), mode)?.0;
        Ok(legend)
    }

    fn entry_text(entry: &Entry, mode: LangMode) -> String {
        match entry {
            Entry::Code(n, t) => format!("{}  {}", digits(n, mode.primary()), inline(*t, mode)),
            Entry::Marked(_, t) | Entry::Plain(t) => inline(*t, mode),
        }
    }

    /// The legend's height and, for each block, its x, width and wrapped entries.
    #[allow(clippy::type_complexity)]
    fn layout(&self, width: f32, mode: LangMode) -> Result<(f32, Vec<(f32, f32, Vec<Vec<Line>>)>)> {
        let gap = 5.0 * MM;
        let total: f32 = self.blocks.iter().map(|b| b.weight).sum();
        let room = width - gap * (self.blocks.len() as f32 - 1.0);
        let mut x = 0.0;
        let mut height: f32 = 0.0;
        let mut out = Vec::new();
        for block in &self.blocks {
            let w = room * block.weight / total;
            let col_w = (w - gap * 0.5 * (block.columns as f32 - 1.0)) / block.columns as f32;
            let marks = LEGEND.size * 1.4;
            let entries = block
                .entries
                .iter()
                .map(|e| {
                    let indent = if matches!(e, Entry::Marked(..)) {
                        marks
                    } else {
                        0.0
                    };
                    wrap(&Self::entry_text(e, mode), LEGEND, col_w - indent)
                })
                .collect::<Result<Vec<_>>>()?;
            let title = wrap(&inline(block.title, mode), LEGEND.bold(), w)?;
            let per_column = block.entries.len().div_ceil(block.columns);
            let column_lines = entries
                .chunks(per_column.max(1))
                .map(|c| c.iter().map(Vec::len).sum::<usize>())
                .max()
                .unwrap_or(0);
            let h = (title.len() + column_lines) as f32 * LEGEND.size * 1.55;
            height = height.max(h);
            out.push((x, w, entries));
            x += w + gap;
        }
        Ok((height + 4.0, out))
    }

    fn draw(&self, doc: &mut Composer) -> Result<()> {
        let mode = doc.mode();
        let (_, placed) = self.layout(doc.content_width(), mode)?;
        let top = doc.y() + 2.0;
        let step = LEGEND.size * 1.55;
        let gap = 5.0 * MM;
        doc.rule(
            doc.left(),
            doc.y(),
            doc.left() + doc.content_width(),
            doc.y(),
            0.4,
        );
        for (block, (x, w, entries)) in self.blocks.iter().zip(placed) {
            let x = doc.left() + x;
            let title = wrap(&inline(block.title, mode), LEGEND.bold(), w)?;
            let mut y = top;
            for l in &title {
                doc.line_at(l, LEGEND.bold(), x, y)?;
                y += step;
            }
            let per_column = block.entries.len().div_ceil(block.columns).max(1);
            let col_w = (w - gap * 0.5 * (block.columns as f32 - 1.0)) / block.columns as f32;
            for (c, chunk) in block.entries.chunks(per_column).enumerate() {
                let cx = x + c as f32 * (col_w + gap * 0.5);
                let mut ey = y;
                for (k, entry) in chunk.iter().enumerate() {
                    let lines = &entries[c * per_column + k];
                    let mut indent = 0.0;
                    if let Entry::Marked(marks, _) = entry {
                        let side = LEGEND.size * 1.05;
                        let mark_top = ey + LEGEND.size * 1.19 - side * 0.95;
                        square(doc, cx, mark_top, side);
                        for m in marks {
                            if let Mark::Tick = m {
                                tick(doc, cx, mark_top, side);
                            }
                        }
                        indent = LEGEND.size * 1.4;
                    }
                    for l in lines {
                        doc.line_at(l, LEGEND, cx + indent, ey)?;
                        ey += step;
                    }
                }
            }
        }
        doc.space(self.height);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::fonts;
    use crate::text::shape::shape;

    #[test]
    fn two_pages_hold_at_least_the_rows_of_the_paper_form_in_every_mode() {
        for mode in LangMode::ALL {
            let (doc, rows) = compose(None, mode).unwrap();
            assert!(rows >= ROWS_MIN, "{mode:?}: {rows} rows");
            assert_eq!(doc.page_count(), 2, "{mode:?}");
            assert!(doc.room() >= 0.0, "{mode:?}: the last page overflows");
        }
    }

    #[test]
    fn every_label_shapes_without_a_missing_glyph_or_a_dotted_circle() {
        let set = fonts().unwrap();
        let texts = [
            TITLE,
            SUBTITLE,
            INSTRUCTION,
            NUMBER,
            PER_HEADER,
            MONTHS_HEADER,
            PACKAGING_SHORT,
            FRESH_SHORT,
            SAFE_SHORT,
            PRICE_HEADER,
            BUYING,
            SELLING,
            SOURCE_HEADER,
            WILLING_HEADER,
            YES_BOX,
            HOW_MUCH,
            CODE,
            DAYS,
            TICK_MEANS,
            OR,
            PEAK_MEANS,
            SOURCE_LEGEND,
            PAYMENT_LEGEND,
            CREDIT_DAYS,
            MONTHS_LEGEND,
            QUALITY_LEGEND,
            GRADE_HINT,
            PACKAGING_HINT,
            UNITS_LEGEND,
            NOTES,
            INTERVIEWER_SIGNS,
            ENTERED_BY,
        ];
        let choices = VendorKind::ALL
            .iter()
            .map(|&k| labels::vendor_kind(k))
            .chain(Source::ALL.iter().map(|&s| labels::source(s)))
            .chain(Payment::ALL.iter().map(|&p| labels::payment(p)))
            .chain(Unit::ALL.iter().map(|&u| labels::unit(u)))
            .chain(Per::ALL.iter().map(|&p| labels::per(p)));
        for text in texts.into_iter().chain(choices).chain(month_headers()) {
            for bold in [false, true] {
                let runs = text.km.lines().flat_map(|l| shape(l, bold, 10.0).unwrap());
                for run in runs {
                    let font = set.get(run.face);
                    let dotted = font.shaper.glyph_index('\u{25CC}').map(|g| g.0);
                    for g in &run.glyphs {
                        assert_ne!(g.gid, 0, "a missing glyph in {:?}", run.text);
                        assert_ne!(Some(g.gid), dotted, "a dotted circle in {:?}", run.text);
                    }
                }
            }
        }
    }

    #[test]
    fn codes_follow_the_cores_order() {
        assert_eq!(Source::ALL[0], Source::SameDistrict);
        assert_eq!(Source::ALL.len(), 6);
        assert_eq!(Payment::ALL[1], Payment::Credit);
        assert_eq!(Payment::ALL.len(), 4);
    }
}
