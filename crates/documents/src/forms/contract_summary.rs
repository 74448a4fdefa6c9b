//! One page on a contract for the office's file or a monitoring visit: who, what, how
//! much, at what price and when, then whether it is kept — delivered against the
//! contract and against what is due by today, money delivered, paid and payable, the
//! late flags, and month by month (as many months as the page holds, the rest counted).

use chrono::NaiveDate;
use cluster_core::{Contract, Delivery, Fulfilment, Lang, Office, PriceMechanism};

use crate::error::Result;
use crate::forms::contract::{DOTS, money};
use crate::forms::market_brief::fill;
use crate::labels::contract as l;
use crate::lang::{LangMode, MONTHS_EN, MONTHS_KM, Text, amount, digits, grouped, long_date};
use crate::pdf::{Align, BODY, Column, Composer, PageSpec, Table};
use crate::text::{Style, wrap};

const HEAD: Style = Style::new(11.5).bold();
const CELL: Style = Style::new(9.5);
/// Late payments listed by name; the rest are counted.
const LATE_LISTED: usize = 3;

/// The one-page summary of `c`, its fulfilment `f` and its `deliveries`.
pub fn contract_summary(
    office: &Office,
    c: &Contract,
    f: &Fulfilment,
    deliveries: &[Delivery],
    mode: LangMode,
) -> Result<Vec<u8>> {
    let lang = mode.primary();
    let mut doc = Composer::new(l::SUMMARY.en, PageSpec::A4_PORTRAIT, mode)?;
    let office_name = match lang {
        Lang::En if !office.name_en.trim().is_empty() => office.name_en.trim(),
        _ => office.name_km.trim(),
    };
    doc.paragraph(office_name, Style::new(9.5), Align::Center)?;
    doc.title(l::SUMMARY)?;
    let t = &c.terms;
    let unit = |lang: Lang| l::units(c.product.unit).pick(lang).to_owned();
    let currency = f.currency.or(t.currency);
    let cash = |m: i64, lang: Lang| match currency {
        Some(cur) => money(m, cur, lang),
        None => grouped(m, lang),
    };
    let each = |value: &dyn Fn(Lang) -> String| match mode {
        LangMode::KmEn => {
            let (km, en) = (value(Lang::Km), value(Lang::En));
            if km == en { km } else { format!("{km} / {en}") }
        }
        mode => value(mode.primary()),
    };

    let number = match mode {
        LangMode::En => format!("{} (version {})", c.number, c.version),
        _ => format!("{} (កំណែទី {})", c.number, digits(c.version, Lang::Km)),
    };
    doc.field(Text::new("លេខកិច្ចសន្យា", "Contract no."), &number)?;
    doc.field(
        l::STATUS,
        &each(&|lang| l::status(c.status).pick(lang).to_owned()),
    )?;
    let groups: Vec<&str> = c.groups.iter().map(|g| g.name.trim()).collect();
    doc.field(l::GROUPS, &groups.join(", "))?;
    doc.field(l::BUYER, c.buyer.name.trim())?;
    doc.field(
        l::PRODUCT_LABEL,
        &each(&|lang| {
            let name = match lang {
                Lang::En if !c.product.name_en.trim().is_empty() => c.product.name_en.trim(),
                _ => c.product.name_km.trim(),
            };
            match t.variety.trim() {
                "" => name.to_owned(),
                v => format!("{name} — {v}"),
            }
        }),
    )?;
    doc.field(
        l::QUANTITY_LABEL,
        &each(&|lang| {
            let q = |x: Option<f64>| x.map_or(DOTS.to_owned(), |x| amount(x, lang));
            fill(
                l::QUANTITY_SHORT.pick(lang),
                &[
                    ("total", q(t.total_quantity)),
                    ("per", q(t.quantity_per_delivery)),
                    ("unit", unit(lang)),
                    (
                        "frequency",
                        t.delivery_frequency
                            .map_or(DOTS.to_owned(), |fr| l::frequency(fr).pick(lang).to_owned()),
                    ),
                ],
            )
        }),
    )?;
    doc.field(l::PRICE_LABEL, &each(&|lang| price(c, lang)))?;
    doc.field(
        l::PERIOD,
        &each(&|lang| {
            fill(
                l::PERIOD_VALUE.pick(lang),
                &[
                    ("start", day(&t.starts_on, lang)),
                    ("end", day(&t.ends_on, lang)),
                ],
            )
        }),
    )?;
    doc.field(
        l::SIGNED,
        &each(&|lang| match c.signed_on.as_deref() {
            Some(on) => day(on, lang),
            None => l::NOT_SIGNED.pick(lang).to_owned(),
        }),
    )?;
    doc.space(8.0);

    // Fulfilment.
    doc.paragraph(
        &each(&|lang| l::FULFILMENT.pick(lang).to_owned()),
        HEAD,
        Align::Left,
    )?;
    doc.space(2.0);
    let q = |x: f64| format!("{} {}", amount(x, lang), unit(lang));
    doc.table(&Table {
        columns: vec![
            Column::new(l::CONTRACTED, 1.0).align(Align::Right),
            Column::new(l::DUE_BY_TODAY, 1.0).align(Align::Right),
            Column::new(l::DELIVERED, 1.0).align(Align::Right),
            Column::new(l::REJECTED, 1.0).align(Align::Right),
        ],
        rows: vec![vec![
            q(f.contracted),
            q(f.due_by_today),
            q(f.delivered),
            q(f.rejected),
        ]],
        min_row_height: 0.0,
        style: CELL,
    })?;
    doc.table(&Table {
        columns: vec![
            Column::new(l::AMOUNT, 1.0).align(Align::Right),
            Column::new(l::PAID, 1.0).align(Align::Right),
            Column::new(l::PAYABLE, 1.0).align(Align::Right),
        ],
        rows: vec![vec![
            cash(f.amount, lang),
            cash(f.paid, lang),
            cash(f.payable_by_today, lang),
        ]],
        min_row_height: 0.0,
        style: CELL,
    })?;

    // The flags.
    let mut flags = Vec::new();
    if f.late_delivery {
        flags.push(each(&|lang| {
            fill(
                l::LATE_DELIVERY.pick(lang),
                &[
                    ("shortfall", amount(f.shortfall, lang)),
                    ("unit", unit(lang)),
                    ("since", day(f.late_since.as_deref().unwrap_or(""), lang)),
                ],
            )
        }));
    }
    if !f.late_payments.is_empty() {
        let mut lines = vec![each(&|lang| l::LATE_PAYMENTS.pick(lang).to_owned())];
        // One line per language: a bullet within a "km / en" line would read as two.
        let langs: &[Lang] = match mode {
            LangMode::KmEn => &[Lang::Km, Lang::En],
            mode => &[mode.primary()],
        };
        for (p, &lang) in f
            .late_payments
            .iter()
            .take(LATE_LISTED)
            .flat_map(|p| langs.iter().map(move |l| (p, l)))
        {
            let unpaid = cash(p.amount - p.paid, lang);
            let parts = [
                ("date", day(&p.delivered_on, lang)),
                ("unpaid", unpaid),
                ("due", day(&p.due_on, lang)),
            ];
            lines.push(format!("•  {}", fill(l::LATE_PAYMENT.pick(lang), &parts)));
        }
        let more = f.late_payments.len().saturating_sub(LATE_LISTED);
        if more > 0 {
            lines.push(format!("…  +{}", digits(more, lang)));
        }
        flags.push(lines.join("\n"));
    }
    if flags.is_empty() {
        doc.paragraph(
            &each(&|lang| l::ON_TIME.pick(lang).to_owned()),
            BODY,
            Align::Left,
        )?;
    } else {
        for flag in &flags {
            doc.paragraph(flag, BODY.bold(), Align::Left)?;
            doc.space(2.0);
        }
    }
    let count = deliveries.len();
    let record = match deliveries.iter().map(|d| d.delivered_on.as_str()).max() {
        Some(last) => each(&|lang| {
            fill(
                l::DELIVERIES.pick(lang),
                &[("count", digits(count, lang)), ("date", day(last, lang))],
            )
        }),
        None => each(&|lang| l::NO_DELIVERIES.pick(lang).to_owned()),
    };
    doc.paragraph(&record, BODY, Align::Left)?;
    doc.space(8.0);

    // Month by month, as many as the page holds.
    if f.months.is_empty() {
        doc.paragraph(
            &each(&|lang| l::NO_MONTHS.pick(lang).to_owned()),
            BODY,
            Align::Left,
        )?;
        return doc.finish();
    }
    let rows: Vec<Vec<String>> = f
        .months
        .iter()
        .map(|m| {
            vec![
                month(&m.month, lang),
                amount(m.scheduled, lang),
                amount(m.delivered, lang),
                amount(m.rejected, lang),
                cash(m.amount, lang),
                cash(m.paid, lang),
            ]
        })
        .collect();
    let table = |rows: Vec<Vec<String>>| Table {
        columns: vec![
            Column::new(l::MONTH, 1.3),
            Column::new(l::SCHEDULED, 1.0).align(Align::Right),
            Column::new(l::DELIVERED, 1.0).align(Align::Right),
            Column::new(l::REJECTED, 1.0).align(Align::Right),
            Column::new(l::AMOUNT, 1.4).align(Align::Right),
            Column::new(l::PAID, 1.4).align(Align::Right),
        ],
        rows,
        min_row_height: 0.0,
        style: CELL,
    };
    let note = each(&|lang| {
        fill(
            l::MONEY_IN.pick(lang),
            &[(
                "currency",
                currency.map_or(DOTS.to_owned(), |c| l::currency(c).pick(lang).to_owned()),
            )],
        ) + &format!(" · {}", unit(lang))
    });
    let note_h = wrap(&note, CELL, doc.content_width())?.len() as f32 * CELL.leading();
    let more_h = 2.0 * CELL.leading();
    // As many months as the page holds (none, at worst): the summary is one page.
    let mut shown = rows.len();
    loop {
        let table_h = if shown > 0 {
            doc.table_height(&table(rows[..shown].to_vec()))?
        } else {
            0.0
        };
        let more = if shown < rows.len() { more_h } else { 0.0 };
        if shown == 0 || table_h + note_h + more <= doc.room() {
            break;
        }
        shown -= 1;
    }
    doc.paragraph(&note, CELL, Align::Left)?;
    let rest = rows.len() - shown;
    if shown > 0 {
        doc.table(&table(rows.into_iter().take(shown).collect()))?;
    }
    if rest > 0 {
        let more = each(&|lang| fill(l::MORE_MONTHS.pick(lang), &[("n", digits(rest, lang))]));
        doc.paragraph(&more, CELL, Align::Left)?;
    }
    doc.finish()
}

fn day(text: &str, lang: Lang) -> String {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(|d| long_date(d, lang))
        .unwrap_or_else(|_| DOTS.to_owned())
}

/// "2026-03" as "មីនា ២០២៦" / "March 2026".
fn month(key: &str, lang: Lang) -> String {
    let (year, m) = key.split_once('-').unwrap_or((key, ""));
    match m.parse::<usize>() {
        Ok(m @ 1..=12) => match lang {
            Lang::Km => format!("{} {}", MONTHS_KM[m - 1], digits(year, lang)),
            Lang::En => format!("{} {year}", MONTHS_EN[m - 1]),
        },
        _ => key.to_owned(),
    }
}

fn price(c: &Contract, lang: Lang) -> String {
    let t = &c.terms;
    let per = l::unit(c.product.unit).pick(lang);
    let cash = |m: Option<i64>| match (m, t.currency) {
        (Some(m), Some(cur)) => money(m, cur, lang),
        (Some(m), None) => grouped(m, lang),
        (None, _) => DOTS.to_owned(),
    };
    let per_word = if lang == Lang::En {
        " per "
    } else {
        " ក្នុងមួយ"
    };
    match t.price_mechanism {
        Some(PriceMechanism::Fixed) => format!(
            "{}: {}{per_word}{per}",
            l::mechanism(PriceMechanism::Fixed).pick(lang),
            cash(t.price)
        ),
        Some(PriceMechanism::MarketFloor) => format!(
            "{}: {}{per_word}{per}",
            l::mechanism(PriceMechanism::MarketFloor).pick(lang),
            cash(t.price)
        ),
        Some(PriceMechanism::PerGrade) => {
            let grades: Vec<String> = t
                .grades
                .iter()
                .map(|g| format!("{} {}", g.grade.trim(), cash(g.price)))
                .collect();
            format!(
                "{}{per_word}{per}: {}",
                l::mechanism(PriceMechanism::PerGrade).pick(lang),
                grades.join(", ")
            )
        }
        None => DOTS.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cluster_core::Currency;

    #[test]
    fn months_read_as_words() {
        assert_eq!(month("2026-03", Lang::En), "March 2026");
        assert_eq!(month("2026-03", Lang::Km), "មីនា ២០២៦");
        assert_eq!(money(45, Currency::Usd, Lang::En), "US$ 0.45");
        assert_eq!(money(16_500, Currency::Khr, Lang::Km), "១៦,៥០០ រៀល");
    }
}
