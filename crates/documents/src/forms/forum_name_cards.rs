//! Name cards for the forum's tables: folded tents, two to an A4 sheet. Each card is
//! the top or bottom half of the sheet, cut apart and folded along its middle; its
//! face is printed twice, upright below the fold and upside down above it, so the
//! name reads from both sides of the table: the name large, the organisation under
//! it, the forum's name and the participant's category small.

use cluster_core::{Forum, Participant};

use crate::error::Result;
use crate::labels::forum as labels;
use crate::lang::{LangMode, Text};
use crate::pdf::{Align, Composer, PageSpec, offset};
use crate::text::{Line, Style, wrap};

const MM: f32 = 72.0 / 25.4;
const WIDTH: f32 = 210.0 * MM;
const HEIGHT: f32 = 297.0 * MM;
/// Kept clear at a card's edges: printers do not print there, and cutting wanders.
const EDGE: f32 = 14.0 * MM;
/// The name's largest and smallest sizes: long names shrink before they wrap.
const NAME_MAX: f32 = 44.0;
const NAME_MIN: f32 = 24.0;

/// Two tents a page for `participants` (one blank page of two when there are none).
pub fn forum_name_cards(
    forum: &Forum,
    participants: &[Participant],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let mut doc =
        Composer::new(labels::NAME_CARDS.en, PageSpec::A4_PORTRAIT, mode)?.without_page_numbers();
    let cards: Vec<Option<&Participant>> = if participants.is_empty() {
        vec![None, None]
    } else {
        participants.iter().map(Some).collect()
    };
    for (i, pair) in cards.chunks(2).enumerate() {
        if i > 0 {
            doc.new_page()?;
        }
        for (k, card) in pair.iter().enumerate() {
            let top = k as f32 * HEIGHT / 2.0;
            let fold = top + HEIGHT / 4.0;
            guides(&mut doc, fold, mode)?;
            if let Some(p) = card {
                face(&mut doc, forum, p, fold)?;
                doc.upside_down(WIDTH / 2.0, fold, |doc| face(doc, forum, p, fold))?;
            }
        }
        cut_line(&mut doc, HEIGHT / 2.0, mode)?;
    }
    doc.finish()
}

fn label(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} · {}", text.km, text.en),
        _ => text.render(mode),
    }
}

/// Lines centred across the card from `top`; returns where they end.
fn centred(doc: &mut Composer, lines: &[Line], style: Style, top: f32) -> Result<f32> {
    let mut y = top;
    for line in lines {
        doc.line_at(line, style, offset(Align::Center, WIDTH, line.width), y)?;
        y += style.leading();
    }
    Ok(y)
}

/// The name at the largest size that fits on one line, else wrapped at the smallest.
fn name_lines(name: &str) -> Result<(Vec<Line>, Style)> {
    let width = WIDTH - 2.0 * EDGE;
    let mut size = NAME_MAX;
    while size > NAME_MIN {
        let style = Style::new(size).bold();
        let lines = wrap(name, style, width)?;
        if lines.len() <= 1 {
            return Ok((lines, style));
        }
        size -= 2.0;
    }
    let style = Style::new(NAME_MIN).bold();
    Ok((wrap(name, style, width)?, style))
}

/// One face, upright, below the fold at `fold`.
fn face(doc: &mut Composer, forum: &Forum, p: &Participant, fold: f32) -> Result<()> {
    let mode = doc.mode();
    let width = WIDTH - 2.0 * EDGE;
    let bottom = fold + HEIGHT / 4.0;
    let small = Style::new(8.5);
    let title = wrap(forum.title.trim(), small, width)?;
    centred(doc, &title[..title.len().min(1)], small, fold + 10.0 * MM)?;

    let category = wrap(
        &label(labels::category(p.category), mode),
        Style::new(9.5),
        width,
    )?;
    let category_style = Style::new(9.5);
    let category_top = bottom - EDGE - category.len() as f32 * category_style.leading();
    centred(doc, &category, category_style, category_top)?;

    let (name, name_style) = name_lines(p.name.trim())?;
    let org_style = Style::new(14.0);
    let about: Vec<&str> = [p.organisation.trim(), p.title.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let org = wrap(&about.join(", "), org_style, width)?;
    let org: Vec<Line> = org.into_iter().take(2).collect();
    let org_height = if about.is_empty() {
        0.0
    } else {
        org.len() as f32 * org_style.leading()
    };
    let block = name.len() as f32 * name_style.leading() + org_height;
    // The name and organisation in the middle of the room between title and category.
    let room_top = fold + 10.0 * MM + small.leading();
    let top = room_top + ((category_top - room_top) - block).max(0.0) / 2.0;
    let y = centred(doc, &name, name_style, top)?;
    if !about.is_empty() {
        centred(doc, &org, org_style, y)?;
    }
    Ok(())
}

/// A dashed line across the page at `y` (points from the top).
fn dashed(doc: &mut Composer, y: f32, dash: f32, gap: f32, thickness: f32) {
    let mut x = 0.0;
    while x < WIDTH {
        doc.rule(x, y, (x + dash).min(WIDTH), y, thickness);
        x += dash + gap;
    }
}

/// The fold: a faint dotted line, and its name at the page's left edge.
fn guides(doc: &mut Composer, fold: f32, mode: LangMode) -> Result<()> {
    dashed(doc, fold, 1.0, 4.0, 0.4);
    let style = Style::new(6.5);
    if let Some(line) = wrap(&label(labels::FOLD, mode), style, 60.0 * MM)?.first() {
        doc.line_at(line, style, 6.0 * MM, fold - style.leading() - 1.0)?;
    }
    Ok(())
}

/// Where the sheet is cut in two.
fn cut_line(doc: &mut Composer, y: f32, mode: LangMode) -> Result<()> {
    dashed(doc, y, 6.0, 4.0, 0.5);
    let style = Style::new(6.5);
    if let Some(line) = wrap(&label(labels::CUT, mode), style, 60.0 * MM)?.first() {
        doc.line_at(line, style, 6.0 * MM, y - style.leading() - 1.0)?;
    }
    Ok(())
}
