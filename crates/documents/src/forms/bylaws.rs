//! A producer group's by-laws (guideline step 4) as the members sign them: the
//! Kingdom's heading, the group's commune, products and members, the version and its
//! adoption (or a draft mark), the articles, the committee, and a page where every
//! member signs or presses a thumb, with the chair, the commune chief and the district
//! agriculture office as witnesses. In km-en each article gives the Khmer text, then
//! the English; the Khmer is the authoritative text.

use cluster_core::{Bylaws, CommitteeRole, Lang, Office, ProducerGroup, Sex};

use crate::error::Result;
use crate::forms::market_brief::{date, fill, inline, pick};
use crate::forms::meeting_parts::framed;
use crate::labels::{self, bylaws as l};
use crate::lang::{LangMode, Text, digits, long_date};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table, offset};
use crate::text::{Style, wrap};

const TITLE_KM: Style = Style::new(15.0).bold();
const TITLE_EN: Style = Style::new(12.5).bold();
const ARTICLE: Style = Style::new(11.0).bold();
/// The English text under the Khmer in km-en.
const SECOND: Style = Style::new(9.5);
const SECOND_HEAD: Style = Style::new(9.5).bold();
const SIGN: Style = Style::new(9.5);
/// A member's row: tall enough for a thumbprint (about 15 mm).
const ROW: f32 = 44.0;
/// The least a member's row may be lowered to, to keep the signatures with the table.
const ROW_MIN: f32 = 40.0;
/// Room to sign between a signature block's label and its line.
const SIGN_ROOM: f32 = 46.0;

/// The by-laws of `group` in the version `bylaws`, witnessed by `office`.
pub fn bylaws(
    office: &Office,
    group: &ProducerGroup,
    bylaws: &Bylaws,
    mode: LangMode,
) -> Result<Vec<u8>> {
    let draft = bylaws.adopted_on.is_none();
    let (title_km, title_en) = titles(&group.name);
    let running = if draft { l::DRAFT_TITLE } else { l::BYLAWS };
    let mut doc = Composer::new(&title_en, PageSpec::A4_PORTRAIT, mode)?.running_title(running);
    doc.official_header()?;
    match mode {
        LangMode::Km => doc.paragraph(&title_km, TITLE_KM, Align::Center)?,
        LangMode::En => doc.paragraph(&title_en, TITLE_KM, Align::Center)?,
        LangMode::KmEn => {
            doc.paragraph(&title_km, TITLE_KM, Align::Center)?;
            doc.paragraph(&title_en, TITLE_EN, Align::Center)?;
        }
    }
    doc.space(8.0);
    if draft {
        draft_mark(&mut doc)?;
    }

    doc.field(l::LOCATION, &place(office, group, mode))?;
    let products = both(mode, |lang| {
        let names: Vec<&str> = group
            .products
            .iter()
            .map(|p| match lang {
                Lang::En if !p.name_en.trim().is_empty() => p.name_en.trim(),
                _ => p.name_km.trim(),
            })
            .collect();
        or_none(names.join(", "), labels::common::NONE.en)
    });
    doc.field(l::PRODUCTS, &products)?;
    doc.field(l::MEMBERS, &both(mode, |lang| member_count(group, lang)))?;
    doc.space(4.0);
    doc.paragraph(
        &both(mode, |lang| version(bylaws, lang)),
        BODY.bold(),
        Align::Left,
    )?;
    if mode == LangMode::KmEn {
        doc.space(4.0);
        framed(
            &mut doc,
            &format!("{}\n{}", l::AUTHORITATIVE.km, l::AUTHORITATIVE.en),
        )?;
    }
    doc.space(6.0);
    let (x, y) = (doc.left(), doc.y());
    doc.rule(x, y, x + doc.content_width(), y, 0.6);
    doc.space(8.0);

    for (i, clause) in bylaws.clauses.iter().enumerate() {
        article(
            &mut doc,
            i + 1,
            (&clause.title_km, &clause.text_km),
            (&clause.title_en, &clause.text_en),
        )?;
    }

    committee(&mut doc, group)?;
    signature_page(&mut doc, group, bylaws)?;
    doc.finish()
}

/// The group as a sentence names it, in Khmer and in English: a name that already says
/// it is a group ("ក្រុម…", "… Group") is not named a group twice.
fn group_names(name: &str) -> (String, String) {
    let name = name.trim();
    let km = if name.starts_with("ក្រុម") {
        name.to_owned()
    } else {
        fill(l::GROUP_NAMED.km, &[("name", name.to_owned())])
    };
    let en = if name.starts_with("ក្រុម") || name.to_lowercase().contains("group") {
        name.to_owned()
    } else {
        fill(l::GROUP_NAMED.en, &[("name", name.to_owned())])
    };
    (km, en)
}

fn group_phrase(name: &str, lang: Lang) -> String {
    let (km, en) = group_names(name);
    match lang {
        Lang::Km => km,
        Lang::En => en,
    }
}

/// The title in Khmer and in English: "លក្ខន្តិកៈក្រុមផលិត…", "By-laws of …".
fn titles(name: &str) -> (String, String) {
    let (km, en) = group_names(name);
    (
        fill(l::TITLE.km, &[("group", km)]),
        fill(l::TITLE.en, &[("group", en)]),
    )
}

/// A value written in each language the mode prints, Khmer first.
fn both(mode: LangMode, value: impl Fn(Lang) -> String) -> String {
    match mode {
        LangMode::Km => value(Lang::Km),
        LangMode::En => value(Lang::En),
        LangMode::KmEn => format!("{}\n{}", value(Lang::Km), value(Lang::En)),
    }
}

fn or_none(text: String, none: &str) -> String {
    if text.trim().is_empty() {
        none.to_owned()
    } else {
        text
    }
}

/// The group's commune, and the office's district and province (a group's commune is
/// always in the office's district).
fn place(office: &Office, group: &ProducerGroup, mode: LangMode) -> String {
    both(mode, |lang| {
        let name = |p: &cluster_core::Place| match lang {
            Lang::En if !p.name_en.trim().is_empty() => p.name_en.clone(),
            _ => p.name_km.clone(),
        };
        fill(
            l::PLACE.pick(lang),
            &[
                ("commune", name(&group.commune)),
                ("district", name(&office.district)),
                ("province", name(&office.province)),
            ],
        )
    })
}

fn member_count(group: &ProducerGroup, lang: Lang) -> String {
    let women = group
        .members
        .iter()
        .filter(|m| m.sex == Sex::Female)
        .count();
    fill(
        l::MEMBER_COUNT.pick(lang),
        &[
            ("count", digits(group.members.len(), lang)),
            ("women", digits(women, lang)),
        ],
    )
}

/// "Version 2, adopted on … at … with 11 members present." or, for a draft, when it
/// was written.
fn version(bylaws: &Bylaws, lang: Lang) -> String {
    let number = digits(bylaws.version, lang);
    match bylaws.adopted_on.as_deref() {
        Some(adopted) => {
            let meeting = bylaws.adopted_at.trim();
            let at = if meeting.is_empty() {
                String::new()
            } else {
                fill(l::ADOPTED_AT.pick(lang), &[("meeting", meeting.to_owned())])
            };
            let present = bylaws
                .members_present
                .map(|p| fill(l::PRESENT.pick(lang), &[("present", digits(p, lang))]))
                .unwrap_or_default();
            fill(
                l::ADOPTED.pick(lang),
                &[
                    ("version", number),
                    ("date", date(adopted, lang)),
                    ("at", at),
                    ("present", present),
                ],
            )
        }
        None => {
            let written = bylaws.written_at.get(..10).unwrap_or(&bylaws.written_at);
            fill(
                l::WRITTEN.pick(lang),
                &[("version", number), ("date", date(written, lang))],
            )
        }
    }
}

/// "DRAFT — not adopted yet" large in a double frame, and what adopting takes.
fn draft_mark(doc: &mut Composer) -> Result<()> {
    let mode = doc.mode();
    let style = Style::new(14.0).bold();
    let text = match mode {
        LangMode::KmEn => format!("{}\n{}", l::DRAFT.km, l::DRAFT.en),
        mode => l::DRAFT.render(mode),
    };
    let pad = 6.0;
    let width = doc.content_width() * 0.8;
    let lines = wrap(&text, style, width - 2.0 * pad)?;
    let height = lines.len() as f32 * style.leading() + 2.0 * pad;
    doc.ensure(height + 30.0)?;
    let (left, top) = (doc.left() + (doc.content_width() - width) / 2.0, doc.y());
    for (i, line) in lines.iter().enumerate() {
        let x = left + offset(Align::Center, width, line.width);
        doc.line_at(line, style, x, top + pad + i as f32 * style.leading())?;
    }
    for inset in [0.0, 2.5] {
        let (x0, y0, x1, y1) = (
            left + inset,
            top + inset,
            left + width - inset,
            top + height - inset,
        );
        let thickness = if inset == 0.0 { 1.4 } else { 0.5 };
        doc.rule(x0, y0, x1, y0, thickness);
        doc.rule(x0, y1, x1, y1, thickness);
        doc.rule(x0, y0, x0, y1, thickness);
        doc.rule(x1, y0, x1, y1, thickness);
    }
    doc.space(height + 4.0);
    let note = Style::new(9.0);
    match mode {
        LangMode::KmEn => {
            doc.paragraph(l::DRAFT_NOTE.km, note, Align::Center)?;
            doc.paragraph(l::DRAFT_NOTE.en, note, Align::Center)?;
        }
        mode => doc.paragraph(&l::DRAFT_NOTE.render(mode), note, Align::Center)?,
    }
    doc.space(8.0);
    Ok(())
}

/// Article `n`: its title in bold, its text justified; km-en gives the Khmer, then the
/// English when there is one. An English document falls back on the Khmer where a
/// clause has no English.
fn article(
    doc: &mut Composer,
    n: usize,
    (title_km, text_km): (&str, &str),
    (title_en, text_en): (&str, &str),
) -> Result<()> {
    let mode = doc.mode();
    let head = |lang: Lang, title: &str| {
        fill(
            l::ARTICLE.pick(lang),
            &[("n", digits(n, lang)), ("title", title.trim().to_owned())],
        )
    };
    let or_km = |en: &str, km: &str| {
        if en.trim().is_empty() {
            km.trim().to_owned()
        } else {
            en.trim().to_owned()
        }
    };
    let (first_head, first_text) = match mode {
        LangMode::En => (
            head(Lang::En, &or_km(title_en, title_km)),
            or_km(text_en, text_km),
        ),
        _ => (head(Lang::Km, title_km), text_km.trim().to_owned()),
    };
    // A heading never ends a page: it stays with two lines of its text.
    doc.ensure(ARTICLE.leading() + 2.0 * BODY.leading() + 4.0)?;
    doc.paragraph(&first_head, ARTICLE, Align::Left)?;
    doc.space(2.0);
    doc.paragraph(&first_text, BODY, Align::Justify)?;
    doc.space(4.0);
    if mode == LangMode::KmEn && !text_en.trim().is_empty() {
        doc.ensure(SECOND_HEAD.leading() + 2.0 * SECOND.leading())?;
        doc.paragraph(
            &head(Lang::En, &or_km(title_en, title_km)),
            SECOND_HEAD,
            Align::Left,
        )?;
        doc.paragraph(text_en.trim(), SECOND, Align::Justify)?;
        doc.space(4.0);
    }
    doc.space(4.0);
    Ok(())
}

/// A member's name as the mode prints it: Khmer, Latin letters, or both; the Khmer
/// where the register has no Latin spelling.
fn member_name(mode: LangMode, km: &str, latin: &str) -> String {
    match (mode, latin.trim()) {
        (LangMode::En, "") => km.trim().to_owned(),
        (_, latin) => pick(mode, km.trim(), latin),
    }
}

/// The committee, seat by seat in the guideline's order; an empty seat says so.
fn committee(doc: &mut Composer, group: &ProducerGroup) -> Result<()> {
    let mode = doc.mode();
    doc.ensure(ARTICLE.leading() * 2.0 + 4.0 * BODY.leading() + 8.0)?;
    doc.space(4.0);
    match mode {
        LangMode::KmEn => {
            doc.paragraph(l::COMMITTEE.km, ARTICLE, Align::Left)?;
            doc.paragraph(l::COMMITTEE.en, SECOND_HEAD, Align::Left)?;
        }
        mode => doc.paragraph(&l::COMMITTEE.render(mode), ARTICLE, Align::Left)?,
    }
    doc.space(4.0);
    for &role in CommitteeRole::ALL {
        let seat = group.committee.iter().find(|s| s.role == role);
        let name = match seat {
            Some(seat) => {
                let latin = group
                    .members
                    .iter()
                    .find(|m| m.household_id == seat.household_id)
                    .map(|m| m.name_latin.as_str())
                    .unwrap_or("");
                match latin.trim() {
                    "" => seat.name_km.trim().to_owned(),
                    latin => inline(mode, seat.name_km.trim(), latin),
                }
            }
            None => l::VACANT.pick(mode.primary()).to_owned(),
        };
        doc.field(l::role(role), &name)?;
    }
    Ok(())
}

/// "ស្រី", "Female", and in km-en "ស្រី (F)": a narrow column.
fn sex(sex: Sex, mode: LangMode) -> String {
    let text = labels::sex(sex);
    match mode {
        LangMode::KmEn => {
            let initial: String = text.en.chars().take(1).collect();
            format!("{} ({initial})", text.km)
        }
        _ => text.pick(mode.primary()).to_owned(),
    }
}

/// The page every member signs: what they agree to, a tall row each with room for a
/// thumbprint, and the chair's and the witnesses' signatures.
fn signature_page(doc: &mut Composer, group: &ProducerGroup, bylaws: &Bylaws) -> Result<()> {
    let mode = doc.mode();
    let lang = mode.primary();
    doc.new_page()?;
    match mode {
        LangMode::KmEn => {
            doc.paragraph(l::SIGNATURES.km, Style::new(13.0).bold(), Align::Center)?;
            doc.paragraph(l::SIGNATURES.en, Style::new(11.0).bold(), Align::Center)?;
        }
        mode => doc.paragraph(
            &l::SIGNATURES.render(mode),
            Style::new(13.0).bold(),
            Align::Center,
        )?,
    }
    doc.space(6.0);
    let agreement = |lang: Lang| {
        fill(
            l::AGREEMENT.pick(lang),
            &[("group", group_phrase(&group.name, lang))],
        )
    };
    if mode != LangMode::En {
        doc.paragraph(&agreement(Lang::Km), BODY, Align::Justify)?;
    }
    if mode != LangMode::Km {
        let style = if mode == LangMode::KmEn { SECOND } else { BODY };
        doc.paragraph(&agreement(Lang::En), style, Align::Justify)?;
    }
    doc.space(8.0);

    let rows = group
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            vec![
                digits(i + 1, lang),
                member_name(mode, &m.name_km, &m.name_latin),
                sex(m.sex, mode),
                m.village_km.trim().to_owned(),
                String::new(),
            ]
        })
        .collect();
    // Where and when, over the signatures.
    let where_ = |lang: Lang| {
        let when = match bylaws.adopted_on.as_deref() {
            Some(adopted) => chrono::NaiveDate::parse_from_str(adopted, "%Y-%m-%d")
                .map(|d| long_date(d, lang))
                .unwrap_or_else(|_| adopted.to_owned()),
            None => l::BLANK_DATE.pick(lang).to_owned(),
        };
        let commune = match lang {
            Lang::En if !group.commune.name_en.trim().is_empty() => {
                format!("{} commune", group.commune.name_en.trim())
            }
            Lang::En => group.commune.name_km.trim().to_owned(),
            Lang::Km => format!("ឃុំ{}", group.commune.name_km.trim()),
        };
        fill(l::DONE_AT.pick(lang), &[("place", commune), ("date", when)])
    };
    let done_at = both(mode, where_);
    let chair = group
        .committee
        .iter()
        .find(|s| s.role == CommitteeRole::Chair)
        .map(|s| {
            let latin = group
                .members
                .iter()
                .find(|m| m.household_id == s.household_id)
                .map(|m| m.name_latin.as_str())
                .unwrap_or("");
            member_name(mode, &s.name_km, latin)
        });
    let blocks = [
        (l::SIGN_COMMUNE, None),
        (l::SIGN_OFFICE, None),
        (l::SIGN_CHAIR, chair),
    ];
    let under = sign_blocks(doc, &done_at, &blocks, false)?;
    members_table(doc, rows, under)?;
    sign_blocks(doc, &done_at, &blocks, true)?;
    Ok(())
}

/// The members' table, rows `row` points tall.
fn members_part(rows: Vec<Vec<String>>, row: f32) -> Table {
    Table {
        columns: vec![
            Column::new(l::NUMBER, 0.45).align(Align::Center),
            Column::new(l::NAME, 2.3),
            Column::new(l::SEX, 0.75).align(Align::Center),
            Column::new(l::VILLAGE, 1.45),
            Column::new(l::SIGNATURE, 2.75),
        ],
        rows,
        min_row_height: row,
        style: Style::new(10.0),
    }
}

/// Rows kept with the signatures when the table must break before them.
const KEEP_ROWS: usize = 2;

/// The members' table, placed so that `under` points (the signatures) follow its last
/// row on the same page: its rows a little lower (never under `ROW_MIN`) when that is
/// enough, else its last rows carried over to the signatures' page.
fn members_table(doc: &mut Composer, rows: Vec<Vec<String>>, under: f32) -> Result<()> {
    let mut row = ROW;
    while row > ROW_MIN && doc.table_height(&members_part(rows.clone(), row))? + under > doc.room()
    {
        row -= 1.0;
    }
    if doc.table_height(&members_part(rows.clone(), row))? + under <= doc.room() {
        return doc.table(&members_part(rows, row));
    }
    // Page by page: as many rows as fit, and on the last page the rows that fit with
    // the signatures (at least KEEP_ROWS of them).
    let mut rest = rows;
    let mut fresh = false;
    loop {
        let mut fit = 0;
        while fit < rest.len()
            && doc.table_height(&members_part(rest[..=fit].to_vec(), ROW))? <= doc.room()
        {
            fit += 1;
        }
        let all = doc.table_height(&members_part(rest.clone(), ROW))?;
        if fit == rest.len() && all + under <= doc.room() {
            return doc.table(&members_part(rest, ROW));
        }
        let take = if fit == rest.len() {
            rest.len().saturating_sub(KEEP_ROWS)
        } else {
            fit
        };
        if take == 0 {
            if fresh {
                // A fresh page holds neither: print the rest and let the signatures follow.
                return doc.table(&members_part(rest, ROW));
            }
            doc.new_page()?;
            fresh = true;
            continue;
        }
        let later = rest.split_off(take);
        doc.table(&members_part(rest, ROW))?;
        doc.new_page()?;
        fresh = true;
        rest = later;
    }
}

/// Signature blocks side by side as Khmer papers lay them out: the role on top, room
/// to sign (and seal), a line, the signer's name under it when known. `done_at` stands
/// over the last block, kept on the same page. Without `draw`, only measures: answers
/// the height the blocks take.
fn sign_blocks(
    doc: &mut Composer,
    done_at: &str,
    blocks: &[(Text, Option<String>)],
    draw: bool,
) -> Result<f32> {
    let mode = doc.mode();
    let gap = 12.0;
    let n = blocks.len().max(1) as f32;
    let width = (doc.content_width() - gap * (n - 1.0)) / n;
    let labels: Vec<Vec<crate::text::Line>> = blocks
        .iter()
        .map(|(label, _)| wrap(&label.render(mode), SIGN.bold(), width))
        .collect::<Result<_>>()?;
    let names: Vec<Vec<crate::text::Line>> = blocks
        .iter()
        .map(|(_, name)| match name {
            Some(name) => wrap(name, SIGN, width),
            None => Ok(Vec::new()),
        })
        .collect::<Result<_>>()?;
    let done = wrap(done_at, SIGN, width * 2.0)?;
    let label_rows = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let name_rows = names.iter().map(Vec::len).max().unwrap_or(0) as f32;
    let height = done.len() as f32 * SIGN.leading()
        + 6.0
        + label_rows * SIGN.bold().leading()
        + SIGN_ROOM
        + name_rows * SIGN.leading();
    if !draw {
        return Ok(height + 4.0);
    }
    doc.ensure(height)?;
    let right = doc.left() + doc.content_width();
    let mut top = doc.y();
    for line in &done {
        doc.line_at(line, SIGN, right - line.width, top)?;
        top += SIGN.leading();
    }
    top += 6.0;
    for (k, (label, name)) in labels.iter().zip(&names).enumerate() {
        let x = doc.left() + k as f32 * (width + gap);
        for (i, line) in label.iter().enumerate() {
            let lx = x + offset(Align::Center, width, line.width);
            doc.line_at(
                line,
                SIGN.bold(),
                lx,
                top + i as f32 * SIGN.bold().leading(),
            )?;
        }
        let line_y = top + label_rows * SIGN.bold().leading() + SIGN_ROOM;
        doc.rule(x + 10.0, line_y, x + width - 10.0, line_y, 0.5);
        for (i, line) in name.iter().enumerate() {
            let lx = x + offset(Align::Center, width, line.width);
            doc.line_at(line, SIGN, lx, line_y + 2.0 + i as f32 * SIGN.leading())?;
        }
    }
    doc.space(height + 4.0);
    Ok(height + 4.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_is_never_named_a_group_twice() {
        assert_eq!(
            titles("ក្រុមផលិតត្រសក់ថ្មី"),
            (
                "លក្ខន្តិកៈក្រុមផលិតត្រសក់ថ្មី".to_owned(),
                "By-laws of ក្រុមផលិតត្រសក់ថ្មី".to_owned()
            )
        );
        assert_eq!(
            titles("Prey Kabbas"),
            (
                "លក្ខន្តិកៈក្រុមផលិតPrey Kabbas".to_owned(),
                "By-laws of the producer group Prey Kabbas".to_owned()
            )
        );
        assert_eq!(titles("Cucumber Group").1, "By-laws of Cucumber Group");
        assert_eq!(group_phrase("ក្រុមផលិតត្រសក់", Lang::Km), "ក្រុមផលិតត្រសក់");
        assert_eq!(
            group_phrase("Prey Kabbas", Lang::En),
            "the producer group Prey Kabbas"
        );
    }
}
