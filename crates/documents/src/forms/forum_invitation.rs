//! The district forum's invitation (guideline step 3) as a Cambodian official letter:
//! the Kingdom's heading, the office and its reference number at the top left, the
//! place and date, "សូមគោរពជូន" and the addressee, the subject, a body giving the
//! purpose, day, hours and venue and asking to confirm, the closing formula, and the
//! DAO chief's signature with the seal's place. One page per invitee; one letter to
//! all invited participants when no invitee is named.

use chrono::{Days, NaiveDate};
use cluster_core::{Forum, Lang, Office, Official, Participant};

use crate::error::Result;
use crate::labels::forum as labels;
use crate::lang::{LangMode, Text, digits, long_date};
use crate::pdf::{Align, Composer, PageSpec, offset};
use crate::text::{Line, Style, wrap};

use super::forum_parts::{fill, forum_day, held_on, honorific, hours, inline, langs, office_name};

/// Confirmations are asked for this many days before the forum (the office needs the
/// count for the room and the meals).
const CONFIRM_DAYS_BEFORE: u64 = 3;

/// The letter's type: its first language, and the second of km-en, smaller.
struct Type {
    body: Style,
    second: Style,
    small: Style,
    /// Space between the letter's blocks.
    gap: f32,
    /// Height of the room to sign and stamp in.
    sign_room: f32,
    /// Share of the width the office's block takes.
    head_width: f32,
}

/// The sizes a letter tries, largest first, until it fits on its page (a forum with
/// long objectives, an organisation with a long name).
const SCALES: [f32; 5] = [1.0, 0.93, 0.86, 0.8, 0.74];

impl Type {
    fn of(mode: LangMode, scale: f32) -> Type {
        let ty = match mode {
            LangMode::KmEn => Type {
                body: Style::new(10.0),
                second: Style::new(8.5),
                small: Style::new(8.0),
                gap: 3.0,
                sign_room: 62.0,
                head_width: 0.72,
            },
            _ => Type {
                body: Style::new(12.0),
                second: Style::new(12.0),
                small: Style::new(9.5),
                gap: 8.0,
                sign_room: 80.0,
                head_width: 0.56,
            },
        };
        let size = |s: Style| Style {
            size: s.size * scale,
            ..s
        };
        Type {
            body: size(ty.body),
            second: size(ty.second),
            small: size(ty.small),
            gap: ty.gap * scale,
            sign_room: ty.sign_room * scale.max(0.85),
            head_width: ty.head_width,
        }
    }

    /// The style of a text in `lang`: km-en sets its English smaller.
    fn of_lang(&self, mode: LangMode, lang: Lang) -> Style {
        if mode == LangMode::KmEn && lang == Lang::En {
            self.second
        } else {
            self.body
        }
    }
}

/// One letter for each of `invitees` (one page each), or one letter to all invited
/// participants when `invitees` is empty; dated `today`, signed by `chief`.
pub fn forum_invitations(
    office: &Office,
    forum: &Forum,
    chief: Option<&Official>,
    invitees: &[Participant],
    mode: LangMode,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    let mut doc =
        Composer::new(labels::INVITATIONS.en, PageSpec::A4_PORTRAIT, mode)?.without_page_numbers();
    let letter = |scale: f32| Letter {
        office,
        forum,
        chief,
        today,
        ty: Type::of(mode, scale),
    };
    let letters: Vec<Option<&Participant>> = if invitees.is_empty() {
        vec![None]
    } else {
        invitees.iter().map(Some).collect()
    };
    for (i, to) in letters.into_iter().enumerate() {
        if i > 0 {
            doc.new_page()?;
        }
        // Each letter at the largest size that keeps it on one page.
        let page = doc.page_count() - 1;
        for (k, &scale) in SCALES.iter().enumerate() {
            if k > 0 {
                doc.redo_from(page);
            }
            letter(scale).write(&mut doc, to)?;
            if doc.page_count() == page + 1 {
                break;
            }
        }
    }
    doc.finish()
}

struct Letter<'a> {
    office: &'a Office,
    forum: &'a Forum,
    chief: Option<&'a Official>,
    today: NaiveDate,
    ty: Type,
}

/// Lines of `text` centred in the box from `x`, `width` wide; moves down past them.
fn centred(doc: &mut Composer, text: &str, style: Style, x: f32, width: f32) -> Result<()> {
    for line in wrap(text, style, width)? {
        doc.ensure(style.leading())?;
        let top = doc.y();
        doc.line_at(
            &line,
            style,
            x + offset(Align::Center, width, line.width),
            top,
        )?;
        doc.space(style.leading());
    }
    Ok(())
}

/// A paragraph whose first line is indented, both edges straight, as letters set them.
fn indented(doc: &mut Composer, text: &str, style: Style) -> Result<()> {
    let width = doc.content_width();
    let indent = 28.0;
    let first = wrap(text, style, width - indent)?;
    let Some(head) = first.into_iter().next() else {
        return Ok(());
    };
    let rest = text.get(head.text.len()..).unwrap_or("").trim_start();
    doc.ensure(style.leading())?;
    let top = doc.y();
    let x = doc.left() + indent;
    if rest.is_empty() {
        doc.line_at(&head, style, x, top)?;
        doc.space(style.leading());
        return Ok(());
    }
    doc.line_at(&justified(&head, width - indent, style), style, x, top)?;
    doc.space(style.leading());
    for line in wrap(rest, style, width)? {
        doc.ensure(style.leading())?;
        let top = doc.y();
        doc.line_at(&justified(&line, width, style), style, doc.left(), top)?;
        doc.space(style.leading());
    }
    Ok(())
}

/// `line` stretched to `width` unless that opens gaps wider than a third of the size
/// (a Khmer line with few word breaks would look spaced out): then left as it is.
fn justified(line: &Line, width: f32, style: Style) -> Line {
    let gaps = line.word_starts.len().max(1) as f32;
    if (width - line.width) / gaps > style.size * 0.35 {
        line.clone()
    } else {
        line.justified(width)
    }
}

/// A short dotted line for a value the letter lacks, filled by hand.
const DOTS: &str = "..............................";

impl Letter<'_> {
    fn mode(&self, doc: &Composer) -> LangMode {
        doc.mode()
    }

    fn write(&self, doc: &mut Composer, to: Option<&Participant>) -> Result<()> {
        doc.official_header()?;
        self.letterhead(doc)?;
        self.addressee(doc, to)?;
        self.subject(doc)?;
        self.body(doc, to)?;
        self.signature(doc)
    }

    fn province(&self, lang: Lang) -> &str {
        let p = &self.office.province;
        match lang {
            Lang::En if !p.name_en.is_empty() => &p.name_en,
            _ => &p.name_km,
        }
    }

    fn district(&self, lang: Lang) -> &str {
        let d = &self.forum.district;
        match lang {
            Lang::En if !d.name_en.is_empty() => &d.name_en,
            _ => &d.name_km,
        }
    }

    fn title(&self, lang: Lang) -> String {
        let title = self.forum.title.trim();
        if title.is_empty() {
            labels::DEFAULT_TITLE.pick(lang).to_owned()
        } else {
            title.to_owned()
        }
    }

    /// The office's block at the top left (its superior, its name, the reference
    /// number), then the place and date at the right.
    fn letterhead(&self, doc: &mut Composer) -> Result<()> {
        let mode = self.mode(doc);
        let width = doc.content_width() * self.ty.head_width;
        let x = doc.left();
        for &lang in langs(mode) {
            let style = self.ty.of_lang(mode, lang);
            let superior = fill(
                labels::PDAFF_OF.pick(lang),
                &[("province", self.province(lang))],
            );
            centred(doc, &superior, style, x, width)?;
            centred(doc, office_name(self.office, lang), style.bold(), x, width)?;
        }
        let reference = self.forum.reference_no.trim();
        let colon = if mode == LangMode::En { ":" } else { "៖" };
        let reference = format!(
            "{}{colon} {}",
            inline(labels::REFERENCE, mode),
            if reference.is_empty() {
                DOTS
            } else {
                reference
            }
        );
        centred(doc, &reference, self.ty.body, x, width)?;
        doc.space(self.ty.gap / 2.0);
        for &lang in langs(mode) {
            let style = self.ty.of_lang(mode, lang);
            let line = fill(
                labels::WRITTEN_AT.pick(lang),
                &[
                    ("place", self.district(lang)),
                    ("date", &long_date(self.today, lang)),
                ],
            );
            doc.paragraph(&line, style, Align::Right)?;
        }
        doc.space(self.ty.gap);
        Ok(())
    }

    fn addressee(&self, doc: &mut Composer, to: Option<&Participant>) -> Result<()> {
        let mode = self.mode(doc);
        let (x, width) = (doc.left(), doc.content_width());
        for &lang in langs(mode) {
            let style = self.ty.of_lang(mode, lang).bold();
            centred(doc, labels::TO.pick(lang), style, x, width)?;
        }
        let name = Style::new(self.ty.body.size + 1.0).bold();
        match to {
            None => {
                for &lang in langs(mode) {
                    let style = if lang == Lang::En && mode == LangMode::KmEn {
                        self.ty.second.bold()
                    } else {
                        name
                    };
                    centred(doc, labels::ALL_INVITED.pick(lang), style, x, width)?;
                }
            }
            Some(p) => {
                let lang = mode.primary();
                let line = format!("{} {}", honorific(p.sex).pick(lang), p.name.trim());
                centred(doc, &line, name, x, width)?;
                let details: Vec<String> = [p.title.trim(), p.organisation.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                let details = if details.is_empty() {
                    vec![inline(labels::category(p.category), mode)]
                } else {
                    details
                };
                for line in details {
                    centred(doc, &line, self.ty.body, x, width)?;
                }
            }
        }
        doc.space(self.ty.gap);
        Ok(())
    }

    fn subject(&self, doc: &mut Composer) -> Result<()> {
        let mode = self.mode(doc);
        let text: Vec<String> = langs(mode)
            .iter()
            .map(|&lang| {
                fill(
                    labels::SUBJECT_TEXT.pick(lang),
                    &[("title", &self.title(lang))],
                )
            })
            .collect();
        self.labelled(doc, labels::SUBJECT, &text, 0.0)?;
        doc.space(self.ty.gap / 2.0);
        Ok(())
    }

    /// "Label៖ value" with the value's lines hanging beside the label, `indent` in
    /// from the margin; one value per language (km-en: the English smaller).
    fn labelled(
        &self,
        doc: &mut Composer,
        label: Text,
        values: &[String],
        indent: f32,
    ) -> Result<f32> {
        let mode = self.mode(doc);
        let colon = if mode == LangMode::En { ":" } else { "៖" };
        let label = format!("{}{colon} ", inline(label, mode));
        let label_style = self.ty.body.bold();
        let label_lines = wrap(&label, label_style, doc.content_width() * 0.4)?;
        let label_width = label_lines.iter().map(|l| l.width).fold(0.0, f32::max) + 3.0;
        self.hanging(doc, &label_lines, label_width, values, indent)?;
        Ok(label_width)
    }

    fn hanging(
        &self,
        doc: &mut Composer,
        label: &[Line],
        label_width: f32,
        values: &[String],
        indent: f32,
    ) -> Result<()> {
        let mode = self.mode(doc);
        let x = doc.left() + indent;
        let value_x = x + label_width;
        let value_width = doc.content_width() - indent - label_width;
        let label_style = self.ty.body.bold();
        let mut lines = Vec::new();
        for (value, &lang) in values.iter().zip(langs(mode)) {
            let style = self.ty.of_lang(mode, lang);
            lines.extend(
                wrap(value, style, value_width)?
                    .into_iter()
                    .map(|l| (l, style)),
            );
        }
        let height = lines
            .iter()
            .map(|(_, style)| style.leading())
            .sum::<f32>()
            .max(label.len() as f32 * label_style.leading());
        doc.ensure(height)?;
        let top = doc.y();
        for (i, line) in label.iter().enumerate() {
            doc.line_at(line, label_style, x, top + i as f32 * label_style.leading())?;
        }
        let mut y = top;
        for (line, style) in &lines {
            doc.line_at(line, *style, value_x, y)?;
            y += style.leading();
        }
        doc.space(height);
        Ok(())
    }

    fn body(&self, doc: &mut Composer, to: Option<&Participant>) -> Result<()> {
        let mode = self.mode(doc);
        let you = |lang: Lang| -> String {
            match (lang, to) {
                (Lang::En, _) => labels::YOU_ALL.en.to_owned(),
                (Lang::Km, Some(p)) => honorific(p.sex).km.to_owned(),
                (Lang::Km, None) => labels::YOU_ALL.km.to_owned(),
            }
        };
        for &lang in langs(mode) {
            let opening = fill(
                labels::OPENING.pick(lang),
                &[
                    ("office", office_name(self.office, lang)),
                    ("you", &you(lang)),
                    ("title", &self.title(lang)),
                ],
            );
            indented(doc, &opening, self.ty.of_lang(mode, lang))?;
        }
        doc.space(self.ty.gap / 4.0);
        self.details(doc)?;
        doc.space(self.ty.gap / 2.0);

        let deadline = held_on(self.forum)
            .and_then(|d| d.checked_sub_days(Days::new(CONFIRM_DAYS_BEFORE)))
            .filter(|d| *d >= self.today);
        let contact = |lang: Lang| -> String {
            match self.chief.filter(|c| !c.phone.trim().is_empty()) {
                Some(c) => fill(
                    labels::CONTACT_PHONE.pick(lang),
                    &[
                        (
                            "name",
                            &format!(
                                "{} {}",
                                honorific(Some(c.sex)).pick(lang),
                                chief_name(c, lang)
                            ),
                        ),
                        ("phone", &digits(crate::xlsx::phone(c.phone.trim()), lang)),
                    ],
                ),
                None => fill(
                    labels::CONTACT_OFFICE.pick(lang),
                    &[("office", office_name(self.office, lang))],
                ),
            }
        };
        for &lang in langs(mode) {
            let deadline = deadline
                .map(|d| {
                    fill(
                        labels::DEADLINE.pick(lang),
                        &[("date", &long_date(d, lang))],
                    )
                })
                .unwrap_or_default();
            let confirm = fill(
                labels::CONFIRM.pick(lang),
                &[
                    ("you", &you(lang)),
                    ("deadline", &deadline),
                    ("contact", &contact(lang)),
                ],
            );
            indented(doc, &confirm, self.ty.of_lang(mode, lang))?;
        }
        doc.space(self.ty.gap / 4.0);
        for &lang in langs(mode) {
            let closing = fill(labels::CLOSING.pick(lang), &[("you", &you(lang))]);
            indented(doc, &closing, self.ty.of_lang(mode, lang))?;
        }
        doc.space(self.ty.gap);
        Ok(())
    }

    /// The day, the hours, the venue and the purpose, as an indented list.
    fn details(&self, doc: &mut Composer) -> Result<()> {
        let mode = self.mode(doc);
        let per_lang = |f: &dyn Fn(Lang) -> String| -> Vec<String> {
            let mut values: Vec<String> = langs(mode).iter().map(|&l| f(l)).collect();
            // A value that is the same in both languages (a name) is printed once.
            values.dedup();
            values
        };
        let venue = self.forum.venue.trim();
        let objectives = self.forum.objectives.trim();
        let rows: [(Text, Vec<String>); 4] = [
            (labels::DATE, per_lang(&|l| forum_day(self.forum, l))),
            (
                labels::TIME,
                per_lang(&|l| hours(self.forum, l).unwrap_or_else(|| DOTS.to_owned())),
            ),
            (
                labels::VENUE,
                per_lang(&|_| {
                    if venue.is_empty() {
                        DOTS.to_owned()
                    } else {
                        venue.to_owned()
                    }
                }),
            ),
            (
                labels::PURPOSE,
                per_lang(&|l| {
                    let attached = labels::AGENDA_ATTACHED.pick(l);
                    match (objectives.is_empty(), mode, l) {
                        (true, _, _) => format!("{} {attached}", labels::DEFAULT_PURPOSE.pick(l)),
                        // The forum's own words are in one language: printed once.
                        (false, LangMode::KmEn, Lang::En) => attached.to_owned(),
                        (false, _, _) => format!("{objectives} {attached}"),
                    }
                }),
            ),
        ];
        // The values line up after the widest label.
        let colon = if mode == LangMode::En { ":" } else { "៖" };
        let label_style = self.ty.body.bold();
        let labels: Vec<Vec<Line>> = rows
            .iter()
            .map(|(label, _)| {
                wrap(
                    &format!("– {}{colon} ", inline(*label, mode)),
                    label_style,
                    200.0,
                )
            })
            .collect::<Result<_>>()?;
        let label_width = labels.iter().flatten().map(|l| l.width).fold(0.0, f32::max) + 3.0;
        for ((_, values), label) in rows.iter().zip(&labels) {
            self.hanging(doc, label, label_width, values, 28.0)?;
            doc.space(1.0);
        }
        Ok(())
    }

    /// The chief's title, room to sign with the seal's place, and the chief's name;
    /// at its left, who receives a copy.
    fn signature(&self, doc: &mut Composer) -> Result<()> {
        let mode = self.mode(doc);
        let half = doc.content_width() / 2.0;
        let x = doc.left() + half;
        // Title, room to sign, name: together on the page.
        let lines = 2.0 * langs(mode).len() as f32;
        doc.ensure(lines * self.ty.body.leading() + self.ty.sign_room)?;
        for &lang in langs(mode) {
            let style = self.ty.of_lang(mode, lang).bold();
            centred(doc, labels::CHIEF.pick(lang), style, x, half)?;
        }
        let sign_top = doc.y();
        let room = self.ty.sign_room;
        // The seal goes over the left of the signature, as the office stamps it.
        let (cx, cy, r) = (x + half * 0.34, sign_top + room / 2.0, 30.0);
        dotted_circle(doc, cx, cy, r);
        let seal = wrap(&inline(labels::SEAL, mode), Style::new(7.0), 2.0 * r)?;
        if let Some(line) = seal.first() {
            doc.line_at(line, Style::new(7.0), cx - line.width / 2.0, cy - 6.0)?;
        }
        doc.space(room);
        let names: Vec<(String, Style)> = match self.chief {
            Some(c) => {
                let mut names = vec![(chief_name(c, mode.primary()), self.ty.body.bold())];
                if mode == LangMode::KmEn && !c.name_latin.trim().is_empty() {
                    names.push((c.name_latin.trim().to_owned(), self.ty.second.bold()));
                }
                names
            }
            None => vec![(DOTS.to_owned(), self.ty.body)],
        };
        for (name, style) in names {
            centred(doc, &name, style, x, half)?;
        }
        let bottom = doc.y();

        // Copies, at the left, level with the signature.
        let small = self.ty.small;
        let mut y = sign_top + 8.0;
        let colon = if mode == LangMode::En { ":" } else { "៖" };
        let head = format!("{}{colon}", inline(labels::COPY_TO, mode));
        for line in wrap(&head, small.bold(), half - 10.0)? {
            doc.line_at(&line, small.bold(), doc.left(), y)?;
            y += small.leading();
        }
        for copy in [labels::COPY_PDAFF, labels::COPY_FILE] {
            for &lang in langs(mode) {
                let text = format!(
                    "– {}",
                    fill(copy.pick(lang), &[("province", self.province(lang))])
                );
                let style = if lang == Lang::En && mode == LangMode::KmEn {
                    Style::new(small.size - 0.5)
                } else {
                    small
                };
                for line in wrap(&text, style, half - 14.0)? {
                    doc.line_at(&line, style, doc.left() + 6.0, y)?;
                    y += style.leading();
                }
            }
        }
        doc.space((y - bottom).max(0.0));
        Ok(())
    }
}

/// The chief's name in `lang`: Latin letters in English when known.
fn chief_name(chief: &Official, lang: Lang) -> String {
    match lang {
        Lang::En if !chief.name_latin.trim().is_empty() => chief.name_latin.trim().to_owned(),
        _ => chief.name_km.trim().to_owned(),
    }
}

/// A faint dotted circle: where the seal goes.
fn dotted_circle(doc: &mut Composer, cx: f32, cy: f32, r: f32) {
    let dots = 48;
    for k in 0..dots {
        let a0 = k as f32 / dots as f32 * std::f32::consts::TAU;
        let a1 = a0 + std::f32::consts::TAU / dots as f32 * 0.4;
        doc.rule(
            cx + r * a0.cos(),
            cy + r * a0.sin(),
            cx + r * a1.cos(),
            cy + r * a1.sin(),
            0.4,
        );
    }
}
