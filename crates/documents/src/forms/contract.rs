//! The production and purchase contract of guideline step 5 as the parties sign it:
//! the Kingdom's heading, the title, number and version, the parties and facilitators,
//! numbered articles built from the structured terms and the officers' clauses, and a
//! signature page with thumbprint boxes, witnesses and facilitators. A draft carries a
//! grey "សេចក្តីព្រាង / DRAFT" across every page and lists what is missing; the blank
//! form is the same paper with dotted lines and tick boxes. In km-en each article gives
//! the Khmer, then the English; the Khmer text prevails.

use cluster_core::contract::{minor_units, template};
use cluster_core::{
    Contract, ContractBuyer, ContractClause, ContractGroup, ContractItem, ContractPayment,
    ContractTerms, Currency, DeliveryFrequency, Lang, Office, Place, PriceMechanism, Product,
    Transport,
};
use plotters::prelude::{Polygon, RGBColor, ShapeStyle};

use crate::error::{DocError, Result};
use crate::fonts::fonts;
use crate::forms::market_brief::fill;
use crate::forms::meeting_parts::framed;
use crate::labels::{self, contract as l};
use crate::lang::{LangMode, Text, amount, digits, grouped, long_date};
use crate::pdf::{Align, BODY, Column, Composer, PLOT_UNIT, PageSpec, Table, offset, shaped_line};
use crate::text::{Style, wrap};

const TITLE_KM: Style = Style::new(15.0).bold();
const TITLE_EN: Style = Style::new(12.5).bold();
const ARTICLE: Style = Style::new(11.0).bold();
/// The English under the Khmer in km-en.
const SECOND: Style = Style::new(9.5);
const SECOND_HEAD: Style = Style::new(9.5).bold();
const SIGN: Style = Style::new(9.5);
/// What a value not yet agreed prints as: a place to write by hand.
pub(crate) const DOTS: &str = "..........................";
/// A thumbprint box: room for an inked thumb (20 mm).
const THUMB: f32 = 20.0 * 72.0 / 25.4;
/// Room to sign above a witness's line.
const SIGN_ROOM: f32 = 40.0;
/// The watermark's grey: light enough to read the text through, dark enough to see.
const WATERMARK: RGBColor = RGBColor(214, 214, 214);

/// What the paper shows: a contract of the register, or the blank form.
struct Paper<'a> {
    office: &'a Office,
    number: Option<&'a str>,
    version: u32,
    amended: Option<(&'a str, &'a str)>,
    signed_on: Option<&'a str>,
    groups: &'a [ContractGroup],
    buyer: Option<&'a ContractBuyer>,
    product: Option<&'a Product>,
    terms: &'a ContractTerms,
    /// The checklist's items not there yet (a draft), with their fields.
    missing: Vec<(ContractItem, &'a [String])>,
    draft: bool,
    blank: bool,
}

/// Contract `c` as the parties sign it; a draft (`!c.complete`) is marked on every page.
pub fn contract(office: &Office, c: &Contract, mode: LangMode) -> Result<Vec<u8>> {
    let amended = (c.version > 1).then_some((
        c.version_written_at
            .get(..10)
            .unwrap_or(&c.version_written_at),
        c.version_reason.as_str(),
    ));
    let paper = Paper {
        office,
        number: Some(&c.number),
        version: c.version,
        amended,
        signed_on: c.signed_on.as_deref(),
        groups: &c.groups,
        buyer: Some(&c.buyer),
        product: Some(&c.product),
        terms: &c.terms,
        missing: c
            .checklist
            .iter()
            .filter(|i| !i.ok)
            .map(|i| (i.item, i.missing.as_slice()))
            .collect(),
        draft: !c.complete,
        blank: false,
    };
    print(&paper, mode)
}

/// The blank contract to fill by hand: the template's articles, dotted lines where a
/// value goes, tick boxes for the choices.
pub fn contract_blank(office: &Office, mode: LangMode) -> Result<Vec<u8>> {
    let terms = ContractTerms {
        clauses: template::clauses(),
        ..Default::default()
    };
    let paper = Paper {
        office,
        number: None,
        version: 1,
        amended: None,
        signed_on: None,
        groups: &[],
        buyer: None,
        product: None,
        terms: &terms,
        missing: Vec::new(),
        draft: false,
        blank: true,
    };
    print(&paper, mode)
}

fn print(p: &Paper, mode: LangMode) -> Result<Vec<u8>> {
    let running = match (p.draft, p.blank) {
        (true, _) => l::DRAFT_TITLE,
        (_, true) => l::BLANK_TITLE,
        _ => l::TITLE,
    };
    let mut doc = Composer::new(l::TITLE.en, PageSpec::A4_PORTRAIT, mode)?.running_title(running);
    let mark = if p.draft {
        Some(watermark_shapes(mode, &doc)?)
    } else {
        None
    };
    // Drawn first on every page, so the text lies over it.
    if let Some(mark) = &mark {
        draw_watermark(&mut doc, mark)?;
    }
    set_watermark(&mut doc, mark.as_ref());
    let mark = mark.as_ref();
    doc.official_header()?;
    match mode {
        LangMode::KmEn => {
            doc.paragraph(l::TITLE.km, TITLE_KM, Align::Center)?;
            doc.paragraph(l::TITLE.en, TITLE_EN, Align::Center)?;
        }
        mode => doc.paragraph(&l::TITLE.render(mode), TITLE_KM, Align::Center)?,
    }
    doc.space(2.0);
    let number = both(mode, |lang| number_line(p, lang));
    doc.paragraph(&number, BODY, Align::Center)?;
    if mode == LangMode::KmEn {
        doc.space(4.0);
        framed(
            &mut doc,
            &format!("{}\n{}", l::AUTHORITATIVE.km, l::AUTHORITATIVE.en),
        )?;
    }
    if p.draft {
        doc.space(4.0);
        missing(&mut doc, p)?;
    }
    doc.space(6.0);

    parties(&mut doc, p)?;
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    let t = p.terms;
    let unit = |lang: Lang| {
        p.product.map_or(DOTS.to_owned(), |pr| {
            l::units(pr.unit).pick(lang).to_owned()
        })
    };
    let per_unit = |lang: Lang| {
        p.product
            .map_or(DOTS.to_owned(), |pr| l::unit(pr.unit).pick(lang).to_owned())
    };

    // Product and variety.
    article(
        &mut doc,
        next(),
        titled(l::A_PRODUCT),
        |doc, lang, style, _| {
            let product = p
                .product
                .map_or(DOTS.to_owned(), |pr| product_name(pr, lang));
            say(
                doc,
                l::PRODUCT,
                lang,
                style,
                &[("product", product), ("variety", value(&t.variety))],
            )
        },
    )?;

    // Quantity.
    article(
        &mut doc,
        next(),
        titled(l::A_QUANTITY),
        |doc, lang, style, first| {
            let frequency = match t.delivery_frequency {
                Some(f) => l::frequency(f).pick(lang).to_owned(),
                None => TICK.pick(lang).to_owned(),
            };
            say(
                doc,
                l::QUANTITY,
                lang,
                style,
                &[
                    ("total", quantity(t.total_quantity, lang)),
                    ("per", quantity(t.quantity_per_delivery, lang)),
                    ("unit", unit(lang)),
                    ("frequency", frequency),
                ],
            )?;
            if first && t.delivery_frequency.is_none() {
                let options: Vec<Text> = DeliveryFrequency::ALL
                    .iter()
                    .map(|&f| l::frequency(f))
                    .collect();
                ticks(doc, l::FREQUENCY, &options)?;
            }
            Ok(())
        },
    )?;

    // Quality and grades, and what happens to produce below them.
    article(
        &mut doc,
        next(),
        titled(l::A_QUALITY),
        |doc, lang, style, first| {
            say(
                doc,
                l::QUALITY,
                lang,
                style,
                &[("standards", value(&t.quality_standards))],
            )?;
            if first && (!t.grades.is_empty() || p.blank) {
                doc.paragraph(&inline_text(l::GRADES, doc.mode()), style, Align::Left)?;
                let rows = if p.blank {
                    vec![vec![String::new(); 2]; 3]
                } else {
                    t.grades
                        .iter()
                        .map(|g| vec![g.grade.trim().to_owned(), value(&g.description)])
                        .collect()
                };
                small_table(
                    doc,
                    Table {
                        columns: vec![
                            Column::new(l::GRADE, 1.0).align(Align::Center),
                            Column::new(l::DESCRIPTION, 4.0),
                        ],
                        rows,
                        min_row_height: if p.blank { 22.0 } else { 0.0 },
                        style: Style::new(10.0),
                    },
                    mark,
                )?;
            }
            sub_clause(doc, clause(t, "below_grade"), lang, style)
        },
    )?;

    // Price and currency.
    article(
        &mut doc,
        next(),
        titled(l::A_PRICE),
        |doc, lang, style, first| {
            let money = |m: Option<i64>| match (m, t.currency) {
                (Some(m), Some(c)) => money(m, c, lang),
                (Some(m), None) => format!("{} {DOTS}", grouped(m, lang)),
                (None, _) => DOTS.to_owned(),
            };
            match t.price_mechanism {
                Some(PriceMechanism::Fixed) => say(
                    doc,
                    l::PRICE_FIXED,
                    lang,
                    style,
                    &[("price", money(t.price)), ("unit", per_unit(lang))],
                )?,
                Some(PriceMechanism::MarketFloor) => say(
                    doc,
                    l::PRICE_MARKET,
                    lang,
                    style,
                    &[
                        ("reference", value(&t.market_reference)),
                        ("price", money(t.price)),
                        ("unit", per_unit(lang)),
                    ],
                )?,
                Some(PriceMechanism::PerGrade) => {
                    say(doc, l::PRICE_GRADES, lang, style, &[])?;
                    if first {
                        let rows = t
                            .grades
                            .iter()
                            .map(|g| vec![g.grade.trim().to_owned(), money(g.price)])
                            .collect();
                        price_table(doc, rows, p, mark)?;
                    }
                }
                None => {
                    if first {
                        let options: Vec<Text> = PriceMechanism::ALL
                            .iter()
                            .map(|&m| l::mechanism(m))
                            .collect();
                        ticks(doc, l::PRICE_OPEN, &options)?;
                    }
                    say(
                        doc,
                        l::PRICE_AMOUNT,
                        lang,
                        style,
                        &[
                            ("price", money(t.price)),
                            ("unit", per_unit(lang)),
                            ("reference", value(&t.market_reference)),
                        ],
                    )?;
                    if first && p.blank {
                        price_table(doc, vec![vec![String::new(); 2]; 3], p, mark)?;
                    }
                }
            }
            match t.currency {
                Some(c) => say(
                    doc,
                    l::CURRENCY,
                    lang,
                    style,
                    &[("currency", l::currency(c).pick(lang).to_owned())],
                ),
                None if first => {
                    let options: Vec<Text> =
                        Currency::ALL.iter().map(|&c| l::currency(c)).collect();
                    ticks(doc, l::CURRENCY_LABEL, &options)
                }
                None => Ok(()),
            }
        },
    )?;

    // Delivery.
    article(
        &mut doc,
        next(),
        titled(l::A_DELIVERY),
        |doc, lang, style, first| {
            let transport = match t.transport {
                Some(tr) => l::transport(tr).pick(lang).to_owned(),
                None => TICK.pick(lang).to_owned(),
            };
            say(
                doc,
                l::DELIVERY,
                lang,
                style,
                &[
                    ("schedule", value(&t.delivery_schedule)),
                    ("place", value(&t.delivery_place)),
                    ("packaging", value(&t.packaging)),
                    ("transport", transport),
                ],
            )?;
            if first && t.transport.is_none() {
                let options: Vec<Text> =
                    Transport::ALL.iter().map(|&tr| l::transport(tr)).collect();
                ticks(doc, l::TRANSPORT_LABEL, &options)?;
            }
            Ok(())
        },
    )?;

    // Payment.
    article(
        &mut doc,
        next(),
        titled(l::A_PAYMENT),
        |doc, lang, style, first| {
            let when = match t.payment_days {
                Some(0) => l::PAY_SAME_DAY.pick(lang).to_owned(),
                Some(days) => fill(l::PAY_DAYS.pick(lang), &[("days", digits(days, lang))]),
                None => fill(l::PAY_DAYS.pick(lang), &[("days", "........".to_owned())]),
            };
            let method = match t.payment_method {
                Some(m) => l::payment(m).pick(lang).to_owned(),
                // Khmer writes "ដោយ" against the method's word, not against a bracket.
                None => format!(" {}", TICK.pick(lang)),
            };
            say(
                doc,
                l::PAYMENT,
                lang,
                style,
                &[("when", when), ("method", method)],
            )?;
            if first && t.payment_method.is_none() {
                let options: Vec<Text> = ContractPayment::ALL
                    .iter()
                    .map(|&m| l::payment(m))
                    .collect();
                ticks(doc, l::PAYMENT_LABEL, &options)?;
            }
            Ok(())
        },
    )?;

    // The buyer's support, when there is any (the blank form leaves room for it).
    if !t.buyer_support.trim().is_empty() || p.blank {
        let title = if p.blank {
            (
                format!("{} {}", l::A_SUPPORT.km, l::IF_ANY.km),
                format!("{} {}", l::A_SUPPORT.en, l::IF_ANY.en),
            )
        } else {
            titled(l::A_SUPPORT)
        };
        article(&mut doc, next(), title, |doc, lang, style, _| {
            say(
                doc,
                l::SUPPORT,
                lang,
                style,
                &[
                    ("support", value(&t.buyer_support)),
                    ("repayment", value(&t.repayment_terms)),
                ],
            )
        })?;
    }

    article(
        &mut doc,
        next(),
        titled(l::A_OBLIGATIONS),
        |doc, lang, style, _| {
            sub_clause(doc, clause(t, "group_duties"), lang, style)?;
            sub_clause(doc, clause(t, "buyer_duties"), lang, style)
        },
    )?;
    for (key, title) in [
        ("force_majeure", l::A_FORCE_MAJEURE),
        ("breach", l::A_BREACH),
        ("disputes", l::A_DISPUTES),
    ] {
        article(&mut doc, next(), titled(title), |doc, lang, style, _| {
            clause_text(doc, clause(t, key), lang, style)
        })?;
    }
    article(
        &mut doc,
        next(),
        titled(l::A_DURATION),
        |doc, lang, style, _| {
            say(
                doc,
                l::DURATION,
                lang,
                style,
                &[
                    ("start", day(&t.starts_on, lang)),
                    ("end", day(&t.ends_on, lang)),
                ],
            )?;
            for key in ["renewal", "termination", "amendments"] {
                sub_clause(doc, clause(t, key), lang, style)?;
            }
            Ok(())
        },
    )?;
    // Articles the officers added, each its own.
    for extra in t
        .clauses
        .iter()
        .filter(|c| !template::REQUIRED_CLAUSES.contains(&c.clause.as_str()))
    {
        let title = (
            extra.title_km.trim().to_owned(),
            or_km(&extra.title_en, &extra.title_km),
        );
        article(&mut doc, next(), title, |doc, lang, style, _| {
            clause_text(doc, Some(extra), lang, style)
        })?;
    }
    article(
        &mut doc,
        next(),
        titled(l::A_COPIES),
        |doc, lang, style, _| {
            let copies = t.copies.map_or("........".to_owned(), |c| digits(c, lang));
            say(
                doc,
                l::COPIES,
                lang,
                style,
                &[("copies", copies), ("holders", value(&t.copy_holders))],
            )
        },
    )?;

    signature_page(&mut doc, p)?;
    doc.finish()
}

/// Where a choice is still open: the tick boxes under the sentence say it.
const TICK: Text = Text::new("(គូសក្នុងប្រអប់)", "(tick a box)");

fn titled(t: Text) -> (String, String) {
    (t.km.to_owned(), t.en.to_owned())
}

/// A value written in each language the mode prints, Khmer first.
fn both(mode: LangMode, value: impl Fn(Lang) -> String) -> String {
    match mode {
        LangMode::Km => value(Lang::Km),
        LangMode::En => value(Lang::En),
        LangMode::KmEn => format!("{}\n{}", value(Lang::Km), value(Lang::En)),
    }
}

/// A label within a line: km-en gives "ខ្មែរ / English".
fn inline_text(t: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} / {}", t.km, t.en),
        mode => t.render(mode),
    }
}

fn value(text: &str) -> String {
    match text.trim() {
        "" => DOTS.to_owned(),
        text => text.to_owned(),
    }
}

fn or_km(en: &str, km: &str) -> String {
    match en.trim() {
        "" => km.trim().to_owned(),
        en => en.to_owned(),
    }
}

fn quantity(q: Option<f64>, lang: Lang) -> String {
    q.map_or(DOTS.to_owned(), |q| amount(q, lang))
}

/// A date as a letter writes it, or a blank date to fill in.
fn day(text: &str, lang: Lang) -> String {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(|d| long_date(d, lang))
        .unwrap_or_else(|_| l::BLANK_DATE.pick(lang).to_owned())
}

fn place_name(place: &Place, lang: Lang) -> String {
    match lang {
        Lang::En if !place.name_en.trim().is_empty() => place.name_en.trim().to_owned(),
        _ => place.name_km.trim().to_owned(),
    }
}

fn product_name(p: &Product, lang: Lang) -> String {
    match lang {
        Lang::En if !p.name_en.trim().is_empty() => p.name_en.trim().to_owned(),
        _ => p.name_km.trim().to_owned(),
    }
}

/// Money of `currency` in its integer minor units: "16,500 រៀល", "US$ 0.45".
pub(crate) fn money(amount: i64, currency: Currency, lang: Lang) -> String {
    match currency {
        Currency::Khr => format!(
            "{} {}",
            grouped(amount, lang),
            l::currency(currency).pick(lang)
        ),
        Currency::Usd => {
            let units = minor_units(currency);
            let sign = if amount < 0 { "-" } else { "" };
            let (whole, cents) = (amount.abs() / units, amount.abs() % units);
            let figure = format!(
                "{sign}{}.{}",
                grouped(whole, lang),
                digits(format!("{cents:02}"), lang)
            );
            match lang {
                Lang::Km => format!("{figure} {}", l::currency(currency).km),
                Lang::En => format!("US$ {figure}"),
            }
        }
    }
}

/// "លេខកិច្ចសន្យា៖ … កំណែទី ១ …": the number, the version, its amendment and signing.
fn number_line(p: &Paper, lang: Lang) -> String {
    let number = fill(
        l::NUMBER.pick(lang),
        &[("number", p.number.map_or(DOTS.to_owned(), str::to_owned))],
    );
    let version = fill(
        l::VERSION.pick(lang),
        &[("version", digits(p.version, lang))],
    );
    let amended = p
        .amended
        .map(|(on, reason)| {
            fill(
                l::AMENDED.pick(lang),
                &[("date", day(on, lang)), ("reason", value(reason))],
            )
        })
        .unwrap_or_default();
    let signed = p
        .signed_on
        .map(|on| fill(l::SIGNED_ON.pick(lang), &[("date", day(on, lang))]))
        .unwrap_or_default();
    let sep = if lang == Lang::En { ", " } else { " " };
    format!("{number}{sep}{version}{amended}{signed}")
}

/// The draft's frame and the checklist's items still missing, with their fields.
fn missing(doc: &mut Composer, p: &Paper) -> Result<()> {
    let mode = doc.mode();
    let head = match mode {
        LangMode::KmEn => format!("{}\n{}", l::DRAFT_MARK.km, l::DRAFT_MARK.en),
        mode => l::DRAFT_MARK.render(mode),
    };
    framed(doc, &head)?;
    let line = |lang: Lang, item: ContractItem, fields: &[String]| {
        let named: Vec<&str> = fields
            .iter()
            .filter_map(|f| l::field(f).map(|t| t.pick(lang)))
            .collect();
        let item = l::item(item).pick(lang);
        if named.is_empty() {
            format!("•  {item}")
        } else {
            format!("•  {item} ({})", named.join(", "))
        }
    };
    let note = Style::new(9.5);
    if mode != LangMode::En {
        doc.paragraph(l::MISSING.km, BODY.bold(), Align::Left)?;
        for (item, fields) in &p.missing {
            doc.paragraph(&line(Lang::Km, *item, fields), BODY, Align::Left)?;
        }
    }
    if mode != LangMode::Km {
        let (head, body) = if mode == LangMode::KmEn {
            (note.bold(), note)
        } else {
            (BODY.bold(), BODY)
        };
        doc.paragraph(l::MISSING.en, head, Align::Left)?;
        for (item, fields) in &p.missing {
            doc.paragraph(&line(Lang::En, *item, fields), body, Align::Left)?;
        }
    }
    Ok(())
}

/// Party A (the groups), Party B (the buyer), the facilitators.
fn parties(doc: &mut Composer, p: &Paper) -> Result<()> {
    let t = p.terms;
    let office = p.office;
    let groups = |lang: Lang| {
        let named: Vec<String> = if p.groups.is_empty() {
            vec![fill(
                l::GROUP.pick(lang),
                &[
                    ("name", DOTS.to_owned()),
                    ("commune", "..............".to_owned()),
                    ("members", "......".to_owned()),
                ],
            )]
        } else {
            p.groups
                .iter()
                .map(|g| {
                    fill(
                        l::GROUP.pick(lang),
                        &[
                            ("name", g.name.trim().to_owned()),
                            ("commune", place_name(&g.commune, lang)),
                            ("members", digits(g.members, lang)),
                        ],
                    )
                })
                .collect()
        };
        named.join(&format!(" {} ", l::AND.pick(lang)))
    };
    let party_a = |lang: Lang| {
        fill(
            l::PARTY_A_TEXT.pick(lang),
            &[
                ("groups", groups(lang)),
                ("district", place_name(&office.district, lang)),
                ("province", place_name(&office.province, lang)),
                ("name", value(&t.group_rep.name)),
                ("id", value(&t.group_rep.id_number)),
                ("role", value(&t.group_rep.role)),
            ],
        )
    };
    let party_b = |lang: Lang| {
        let (buyer, kind, address, phone) = match p.buyer {
            Some(b) => (
                value(&b.name),
                labels::buyer_kind(b.kind).pick(lang).to_owned(),
                value(match lang {
                    Lang::En if !b.address_en.trim().is_empty() => &b.address_en,
                    _ => &b.address_km,
                }),
                value(&b.phone),
            ),
            None => (
                DOTS.to_owned(),
                "..............".to_owned(),
                DOTS.to_owned(),
                "..............".to_owned(),
            ),
        };
        fill(
            l::PARTY_B_TEXT.pick(lang),
            &[
                ("buyer", buyer),
                ("kind", kind),
                ("address", address),
                ("phone", phone),
                ("name", value(&t.buyer_rep.name)),
                ("id", value(&t.buyer_rep.id_number)),
                ("role", value(&t.buyer_rep.role)),
            ],
        )
    };
    let facilitated = |lang: Lang| {
        fill(
            l::FACILITATED.pick(lang),
            &[
                ("pdaff", value(&t.facilitator_pdaff)),
                ("me", value(&t.facilitator_me)),
                ("province", place_name(&office.province, lang)),
            ],
        )
    };
    let mode = doc.mode();
    // Dotted blanks spread over a justified line read badly: the form is left aligned.
    let align = if p.blank { Align::Left } else { Align::Justify };
    let langs: &[(Lang, Style, Style)] = match mode {
        LangMode::Km => &[(Lang::Km, BODY, BODY)],
        LangMode::En => &[(Lang::En, BODY, BODY)],
        LangMode::KmEn => &[(Lang::Km, BODY, BODY), (Lang::En, SECOND, SECOND)],
    };
    for &(lang, style, _) in langs {
        doc.paragraph(l::BETWEEN.pick(lang), style.bold(), Align::Left)?;
        doc.space(2.0);
        doc.paragraph(l::PARTY_A.pick(lang), style.bold(), Align::Left)?;
        doc.paragraph(&party_a(lang), style, align)?;
        doc.space(3.0);
        doc.paragraph(l::PARTY_B.pick(lang), style.bold(), Align::Left)?;
        doc.paragraph(&party_b(lang), style, align)?;
        doc.space(3.0);
        doc.paragraph(&facilitated(lang), style, align)?;
        doc.space(3.0);
        doc.paragraph(l::AGREED.pick(lang), style.bold(), Align::Left)?;
        doc.space(6.0);
    }
    Ok(())
}

/// A sentence of the template `t` in `lang`, justified unless a blank is left in it
/// (dotted blanks spread over a justified line read badly).
fn say(
    doc: &mut Composer,
    t: Text,
    lang: Lang,
    style: Style,
    parts: &[(&str, String)],
) -> Result<()> {
    let blank = parts.iter().any(|(_, v)| v.contains("........"));
    let align = if blank { Align::Left } else { Align::Justify };
    doc.paragraph(&fill(t.pick(lang), parts), style, align)
}

fn clause<'a>(terms: &'a ContractTerms, key: &str) -> Option<&'a ContractClause> {
    terms.clauses.iter().find(|c| c.clause == key)
}

/// A clause's text in `lang` (the Khmer where it has no English), or lines to write
/// it on by hand.
fn clause_text(
    doc: &mut Composer,
    c: Option<&ContractClause>,
    lang: Lang,
    style: Style,
) -> Result<()> {
    let text = c
        .map(|c| match lang {
            Lang::Km => c.text_km.trim().to_owned(),
            Lang::En => or_km(&c.text_en, &c.text_km),
        })
        .unwrap_or_default();
    if text.is_empty() {
        dotted_lines(doc, 2, style)
    } else {
        doc.paragraph(&text, style, Align::Justify)
    }
}

/// A clause inside an article: its title in bold, then its text.
fn sub_clause(
    doc: &mut Composer,
    c: Option<&ContractClause>,
    lang: Lang,
    style: Style,
) -> Result<()> {
    if let Some(c) = c {
        let title = match lang {
            Lang::Km => c.title_km.trim().to_owned(),
            Lang::En => or_km(&c.title_en, &c.title_km),
        };
        if !title.is_empty() {
            doc.space(2.0);
            doc.ensure(style.leading() * 3.0)?;
            doc.paragraph(&title, style.bold(), Align::Left)?;
        }
    }
    clause_text(doc, c, lang, style)
}

/// Full-width dotted lines to write on.
fn dotted_lines(doc: &mut Composer, n: usize, style: Style) -> Result<()> {
    let dot = shaped_line(".", false, style.size)?.width.max(0.5);
    let count = (doc.content_width() / dot).floor() as usize;
    let line = ".".repeat(count.saturating_sub(1));
    for _ in 0..n {
        doc.paragraph(&line, style, Align::Left)?;
    }
    Ok(())
}

/// Article `n`: its heading, then `body` in the Khmer (or the mode's one language),
/// then in km-en the English under it, smaller. `body` is told whether it runs first
/// (tables and tick boxes, which carry both languages, are drawn once).
fn article(
    doc: &mut Composer,
    n: usize,
    (title_km, title_en): (String, String),
    body: impl Fn(&mut Composer, Lang, Style, bool) -> Result<()>,
) -> Result<()> {
    let mode = doc.mode();
    let head = |lang: Lang, title: &str| {
        fill(
            l::ARTICLE.pick(lang),
            &[("n", digits(n, lang)), ("title", title.to_owned())],
        )
    };
    let title_en = or_km(&title_en, &title_km);
    // A heading never ends a page: it stays with two lines of its text.
    doc.ensure(ARTICLE.leading() + 2.0 * BODY.leading() + 4.0)?;
    match mode {
        LangMode::En => {
            doc.paragraph(&head(Lang::En, &title_en), ARTICLE, Align::Left)?;
            doc.space(2.0);
            body(doc, Lang::En, BODY, true)?;
        }
        LangMode::Km | LangMode::KmEn => {
            doc.paragraph(&head(Lang::Km, &title_km), ARTICLE, Align::Left)?;
            doc.space(2.0);
            body(doc, Lang::Km, BODY, true)?;
        }
    }
    if mode == LangMode::KmEn {
        doc.space(3.0);
        doc.ensure(SECOND_HEAD.leading() + 2.0 * SECOND.leading())?;
        doc.paragraph(&head(Lang::En, &title_en), SECOND_HEAD, Align::Left)?;
        body(doc, Lang::En, SECOND, false)?;
    }
    doc.space(8.0);
    Ok(())
}

/// A table kept whole on one page (its page never starts with the table's header
/// instead of the watermark).
fn small_table(doc: &mut Composer, table: Table, mark: Option<&Mark>) -> Result<()> {
    let height = doc.table_height(&table)?;
    doc.ensure(height)?;
    doc.table(&table)?;
    // The table took the running head for its header: the watermark comes back.
    set_watermark(doc, mark);
    Ok(())
}

fn price_table(
    doc: &mut Composer,
    rows: Vec<Vec<String>>,
    p: &Paper,
    mark: Option<&Mark>,
) -> Result<()> {
    let unit = p.product.map(|pr| l::unit(pr.unit));
    let price_header = match unit {
        Some(u) => Text {
            km: leak(fill(l::PRICE_PER.km, &[("unit", u.km.to_owned())])),
            en: leak(fill(l::PRICE_PER.en, &[("unit", u.en.to_owned())])),
        },
        None => l::PRICE_LABEL,
    };
    small_table(
        doc,
        Table {
            columns: vec![
                Column::new(l::GRADE, 1.0).align(Align::Center),
                Column::new(price_header, 2.0).align(Align::Right),
            ],
            min_row_height: if p.blank { 22.0 } else { 0.0 },
            rows,
            style: Style::new(10.0),
        },
        mark,
    )
}

/// Column headers are `Text`, which holds `'static` strings: a header made from the
/// product's unit lives as long as the program. The units are few, so this is bounded.
fn leak(text: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static SEEN: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let Ok(mut seen) = SEEN.lock() else {
        return "";
    };
    let seen = seen.get_or_insert_with(HashSet::new);
    if let Some(known) = seen.get(text.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    seen.insert(leaked);
    leaked
}

/// A row of tick boxes: the label, then a box before each option, wrapping as needed.
fn ticks(doc: &mut Composer, label: Text, options: &[Text]) -> Result<()> {
    let mode = doc.mode();
    let style = BODY;
    let colon = if mode == LangMode::En { ":" } else { "៖" };
    let side = style.size * 0.85;
    let gap = 16.0;
    let mut items = vec![(format!("{}{colon}", inline_text(label, mode)), false)];
    items.extend(options.iter().map(|&o| (inline_text(o, mode), true)));
    let right = doc.left() + doc.content_width();
    let mut x = doc.left();
    doc.ensure(style.leading())?;
    for (k, (text, boxed)) in items.iter().enumerate() {
        let face = if *boxed { style } else { style.bold() };
        let line = shaped_line(text, face.bold, face.size)?;
        let width = line.width + if *boxed { side + 5.0 } else { 0.0 };
        if k > 0 && x + width > right {
            doc.space(style.leading());
            doc.ensure(style.leading())?;
            x = doc.left() + 12.0;
        }
        let top = doc.y();
        let mut tx = x;
        if *boxed {
            let baseline = top + style.leading() * 0.68;
            let (bx, by) = (x, baseline - side * 0.9);
            doc.rule(bx, by, bx + side, by, 0.6);
            doc.rule(bx, by + side, bx + side, by + side, 0.6);
            doc.rule(bx, by, bx, by + side, 0.6);
            doc.rule(bx + side, by, bx + side, by + side, 0.6);
            tx += side + 5.0;
        }
        doc.line_at(&line, face, tx, top)?;
        x += width + gap;
    }
    doc.space(style.leading() + 2.0);
    Ok(())
}

/// The signature page: consent, place and date, both parties with a thumbprint box,
/// the witnesses and the facilitators; no block is ever cut by a page break.
fn signature_page(doc: &mut Composer, p: &Paper) -> Result<()> {
    let mode = doc.mode();
    let t = p.terms;
    let name = |n: &str| match n.trim() {
        "" => DOTS.to_owned(),
        n => n.to_owned(),
    };
    let heading_h = 2.0 * Style::new(13.0).leading() + 4.0 * SIGN.leading() + 20.0;
    let parties_h = party_blocks(doc, p, false)?;
    let witnesses_h = witness_blocks(
        doc,
        l::WITNESSES,
        [
            (l::WITNESS_COMMUNE, name(&t.witness_commune)),
            (l::WITNESS_OFFICIAL, name(&t.witness_official)),
        ],
        false,
    )?;
    let facilitators_h = witness_blocks(
        doc,
        l::FACILITATORS,
        [
            (l::FACILITATOR_PDAFF, name(&t.facilitator_pdaff)),
            (l::FACILITATOR_ME, name(&t.facilitator_me)),
        ],
        false,
    )?;
    // The heading, the consent and the parties' blocks stay together; on a page of
    // their own when everything does not fit under the articles.
    if heading_h + parties_h + witnesses_h + facilitators_h > doc.room() {
        doc.new_page()?;
    }
    doc.space(6.0);
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
    doc.space(4.0);
    if mode != LangMode::En {
        doc.paragraph(l::CONSENT.km, BODY, Align::Justify)?;
    }
    if mode != LangMode::Km {
        let style = if mode == LangMode::KmEn { SECOND } else { BODY };
        doc.paragraph(l::CONSENT.en, style, Align::Justify)?;
    }
    doc.space(6.0);
    let done_at = |lang: Lang| {
        let place = match p.groups.first() {
            Some(g) => match lang {
                Lang::Km => format!("ឃុំ{}", g.commune.name_km.trim()),
                Lang::En => format!("{} commune", place_name(&g.commune, lang)),
            },
            None => "........................".to_owned(),
        };
        let when = p
            .signed_on
            .map_or_else(|| l::BLANK_DATE.pick(lang).to_owned(), |d| day(d, lang));
        fill(l::DONE_AT.pick(lang), &[("place", place), ("date", when)])
    };
    let done = wrap(&both(mode, done_at), SIGN, doc.content_width())?;
    doc.ensure(done.len() as f32 * SIGN.leading() + parties_h)?;
    for line in &done {
        let (x, y) = (
            doc.left() + offset(Align::Right, doc.content_width(), line.width),
            doc.y(),
        );
        doc.line_at(line, SIGN, x, y)?;
        doc.space(SIGN.leading());
    }
    doc.space(6.0);
    party_blocks(doc, p, true)?;
    witness_blocks(
        doc,
        l::WITNESSES,
        [
            (l::WITNESS_COMMUNE, name(&t.witness_commune)),
            (l::WITNESS_OFFICIAL, name(&t.witness_official)),
        ],
        true,
    )?;
    witness_blocks(
        doc,
        l::FACILITATORS,
        [
            (l::FACILITATOR_PDAFF, name(&t.facilitator_pdaff)),
            (l::FACILITATOR_ME, name(&t.facilitator_me)),
        ],
        true,
    )?;
    Ok(())
}

/// Party A's and Party B's representatives side by side: the role, a thumbprint box
/// beside room to sign, the name under. Without `draw`, only measures.
fn party_blocks(doc: &mut Composer, p: &Paper, draw: bool) -> Result<f32> {
    let mode = doc.mode();
    let gap = 24.0;
    let width = (doc.content_width() - gap) / 2.0;
    let reps = [
        (l::SIGN_A, &p.terms.group_rep),
        (l::SIGN_B, &p.terms.buyer_rep),
    ];
    let mut labels = Vec::new();
    let mut names = Vec::new();
    for (label, rep) in reps {
        labels.push(wrap(&label.render(mode), SIGN.bold(), width)?);
        let who = match (rep.name.trim(), rep.role.trim()) {
            ("", _) => DOTS.to_owned(),
            (n, "") => n.to_owned(),
            (n, r) => format!("{n}\n{r}"),
        };
        names.push(wrap(&who, SIGN, width)?);
    }
    let caption = Style::new(8.5);
    let label_rows = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let name_rows = names.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let captions = if mode == LangMode::KmEn { 2.0 } else { 1.0 };
    let height = label_rows * SIGN.bold().leading()
        + 6.0
        + THUMB
        + captions * caption.leading()
        + 4.0
        + name_rows * SIGN.leading()
        + 14.0;
    if !draw {
        return Ok(height);
    }
    doc.ensure(height)?;
    let top = doc.y();
    for (k, (label, name)) in labels.iter().zip(&names).enumerate() {
        let x = doc.left() + k as f32 * (width + gap);
        let mut y = top;
        for line in label {
            doc.line_at(
                line,
                SIGN.bold(),
                x + offset(Align::Center, width, line.width),
                y,
            )?;
            y += SIGN.bold().leading();
        }
        y += 6.0;
        // The thumbprint box on the left, the signature line on the right.
        let (bx, by) = (x + 6.0, y);
        doc.rule(bx, by, bx + THUMB, by, 0.6);
        doc.rule(bx, by + THUMB, bx + THUMB, by + THUMB, 0.6);
        doc.rule(bx, by, bx, by + THUMB, 0.6);
        doc.rule(bx + THUMB, by, bx + THUMB, by + THUMB, 0.6);
        let (sx0, sx1) = (bx + THUMB + 14.0, x + width - 4.0);
        doc.rule(sx0, by + THUMB, sx1, by + THUMB, 0.5);
        let cap_top = by + THUMB + 1.0;
        for (i, line) in wrap(&l::THUMB.render(mode), caption, THUMB + 20.0)?
            .iter()
            .enumerate()
        {
            let cx = bx + offset(Align::Center, THUMB, line.width);
            doc.line_at(line, caption, cx, cap_top + i as f32 * caption.leading())?;
        }
        for (i, line) in wrap(&l::SIGNATURE.render(mode), caption, sx1 - sx0)?
            .iter()
            .enumerate()
        {
            let cx = sx0 + offset(Align::Center, sx1 - sx0, line.width);
            doc.line_at(line, caption, cx, cap_top + i as f32 * caption.leading())?;
        }
        let mut ny = cap_top + captions * caption.leading() + 4.0;
        for line in name {
            doc.line_at(line, SIGN, x + offset(Align::Center, width, line.width), ny)?;
            ny += SIGN.leading();
        }
    }
    doc.space(height);
    Ok(height)
}

/// A heading and two signers side by side: the role, room to sign, a line, the name.
/// Without `draw`, only measures.
fn witness_blocks(
    doc: &mut Composer,
    heading: Text,
    signers: [(Text, String); 2],
    draw: bool,
) -> Result<f32> {
    let mode = doc.mode();
    let gap = 24.0;
    let width = (doc.content_width() - gap) / 2.0;
    let head = wrap(
        &inline_text(heading, mode),
        Style::new(10.5).bold(),
        doc.content_width(),
    )?;
    let mut labels = Vec::new();
    let mut names = Vec::new();
    for (label, name) in &signers {
        labels.push(wrap(&label.render(mode), SIGN.bold(), width)?);
        names.push(wrap(name, SIGN, width)?);
    }
    let label_rows = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let name_rows = names.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let height = head.len() as f32 * Style::new(10.5).bold().leading()
        + 4.0
        + label_rows * SIGN.bold().leading()
        + SIGN_ROOM
        + 2.0
        + name_rows * SIGN.leading()
        + 12.0;
    if !draw {
        return Ok(height);
    }
    doc.ensure(height)?;
    let mut top = doc.y();
    for line in &head {
        doc.line_at(
            line,
            Style::new(10.5).bold(),
            doc.left() + offset(Align::Center, doc.content_width(), line.width),
            top,
        )?;
        top += Style::new(10.5).bold().leading();
    }
    top += 4.0;
    for (k, (label, name)) in labels.iter().zip(&names).enumerate() {
        let x = doc.left() + k as f32 * (width + gap);
        for (i, line) in label.iter().enumerate() {
            doc.line_at(
                line,
                SIGN.bold(),
                x + offset(Align::Center, width, line.width),
                top + i as f32 * SIGN.bold().leading(),
            )?;
        }
        let line_y = top + label_rows * SIGN.bold().leading() + SIGN_ROOM;
        doc.rule(x + 20.0, line_y, x + width - 20.0, line_y, 0.5);
        for (i, line) in name.iter().enumerate() {
            doc.line_at(
                line,
                SIGN,
                x + offset(Align::Center, width, line.width),
                line_y + 2.0 + i as f32 * SIGN.leading(),
            )?;
        }
    }
    doc.space(height);
    Ok(height)
}

/// The watermark's glyph outlines, as polygons in plotting units from the top left of
/// the text area at the top of a page.
#[derive(Clone)]
struct Mark {
    polygons: Vec<Vec<(i32, i32)>>,
}

/// Collects a glyph's contours, curves flattened to short segments.
#[derive(Default)]
struct Outline {
    contours: Vec<Vec<(f32, f32)>>,
    current: Vec<(f32, f32)>,
}

impl Outline {
    fn last(&self) -> (f32, f32) {
        self.current.last().copied().unwrap_or((0.0, 0.0))
    }
    fn flush(&mut self) {
        if self.current.len() > 2 {
            self.contours.push(std::mem::take(&mut self.current));
        } else {
            self.current.clear();
        }
    }
}

impl rustybuzz::ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.flush();
        self.current.push((x, y));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.current.push((x, y));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x0, y0) = self.last();
        for i in 1..=6 {
            let s = i as f32 / 6.0;
            let r = 1.0 - s;
            self.current.push((
                r * r * x0 + 2.0 * r * s * x1 + s * s * x,
                r * r * y0 + 2.0 * r * s * y1 + s * s * y,
            ));
        }
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x0, y0) = self.last();
        for i in 1..=8 {
            let s = i as f32 / 8.0;
            let r = 1.0 - s;
            let (a, b, c, d) = (r * r * r, 3.0 * r * r * s, 3.0 * r * s * s, s * s * s);
            self.current.push((
                a * x0 + b * x1 + c * x2 + d * x,
                a * y0 + b * y1 + c * y2 + d * y,
            ));
        }
    }
    fn close(&mut self) {
        self.flush();
    }
}

/// "សេចក្តីព្រាង" (and "DRAFT") shaped like any text, then each glyph's outline turned
/// along the page's diagonal: the PDF path keeps Khmer as the shaper placed it.
fn watermark_shapes(mode: LangMode, doc: &Composer) -> Result<Mark> {
    let texts: Vec<&str> = match mode {
        LangMode::Km => vec![l::DRAFT.km],
        LangMode::En => vec![l::DRAFT.en],
        LangMode::KmEn => vec![l::DRAFT.km, l::DRAFT.en],
    };
    let set = fonts()?;
    let spec = PageSpec::A4_PORTRAIT;
    let pt = 72.0 / 25.4;
    let (page_w, page_h) = (spec.width_mm * pt, spec.height_mm * pt);
    let widest = texts
        .iter()
        .map(|t| shaped_line(t, true, 1.0).map(|l| l.width))
        .collect::<Result<Vec<f32>>>()?
        .into_iter()
        .fold(0.0f32, f32::max)
        .max(0.1);
    let size = (430.0 / widest).min(130.0);
    let angle = page_h.atan2(page_w);
    let (sin, cos) = angle.sin_cos();
    let spacing = size * 1.25;
    let n = texts.len() as f32;
    let (x0, top0) = (doc.left(), spec.margin_mm * pt);
    let unit = PLOT_UNIT as f32;
    let mut polygons = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let line = shaped_line(text, true, size)?;
        let baseline = -(i as f32 - (n - 1.0) / 2.0) * spacing - 0.35 * size;
        for (run_x, run) in &line.runs {
            let face = set.get(run.face);
            let scale = run.size / face.units_per_em;
            for glyph in &run.glyphs {
                let mut outline = Outline::default();
                if face
                    .shaper
                    .outline_glyph(rustybuzz::ttf_parser::GlyphId(glyph.gid), &mut outline)
                    .is_none()
                {
                    continue;
                }
                outline.flush();
                let to_page = |(fx, fy): (f32, f32)| {
                    let u = run_x + glyph.x + fx * scale - line.width / 2.0;
                    let v = baseline + glyph.y + fy * scale;
                    let x = page_w / 2.0 + u * cos - v * sin;
                    let y = page_h / 2.0 - (u * sin + v * cos);
                    (
                        ((x - x0) * unit).round() as i32,
                        ((y - top0) * unit).round() as i32,
                    )
                };
                // One ring per glyph, its contours joined by zero-width bridges, so the
                // counters of ដ or A stay open under the non-zero rule.
                let mut ring: Vec<(i32, i32)> = Vec::new();
                let mut anchor = None;
                for contour in &outline.contours {
                    let points: Vec<(i32, i32)> = contour.iter().map(|&p| to_page(p)).collect();
                    let Some(&start) = points.first() else {
                        continue;
                    };
                    ring.extend(&points);
                    ring.push(start);
                    match anchor {
                        None => anchor = Some(start),
                        Some(a) => ring.push(a),
                    }
                }
                if ring.len() > 2 {
                    polygons.push(ring);
                }
            }
        }
    }
    Ok(Mark { polygons })
}

/// Draws the watermark on the page being composed, which must just have begun.
fn draw_watermark(doc: &mut Composer, mark: &Mark) -> Result<()> {
    let height = doc.room();
    let style = ShapeStyle {
        color: WATERMARK.into(),
        filled: true,
        stroke_width: 0,
    };
    doc.chart(height, |area| {
        for ring in &mark.polygons {
            area.draw(&Polygon::new(ring.clone(), style))
                .map_err(|e| DocError::Chart(e.to_string()))?;
        }
        Ok(())
    })?;
    doc.space(-height);
    Ok(())
}

/// Every page begun from now on starts with the watermark (`None`: none).
fn set_watermark(doc: &mut Composer, mark: Option<&Mark>) {
    let head: Option<crate::pdf::RunningHead> = mark.cloned().map(|mark| {
        Box::new(move |c: &mut Composer| draw_watermark(c, &mark)) as crate::pdf::RunningHead
    });
    doc.set_running_head(head);
}
