//! Languages of printed documents and the Khmer forms of numbers and dates.

use chrono::{Datelike, NaiveDate};
use cluster_core::Lang;

/// Every printed document comes in Khmer, English, or Khmer with English under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LangMode {
    Km,
    En,
    KmEn,
}

impl LangMode {
    pub const ALL: [LangMode; 3] = [LangMode::Km, LangMode::En, LangMode::KmEn];

    /// The file-name suffix: `km`, `en`, `km-en`.
    pub fn suffix(self) -> &'static str {
        match self {
            LangMode::Km => "km",
            LangMode::En => "en",
            LangMode::KmEn => "km-en",
        }
    }

    pub fn parse(text: &str) -> Option<LangMode> {
        LangMode::ALL.into_iter().find(|m| m.suffix() == text)
    }

    /// The language of values that exist in one language only (numbers, dates): Khmer
    /// unless the document is English only.
    pub fn primary(self) -> Lang {
        match self {
            LangMode::En => Lang::En,
            _ => Lang::Km,
        }
    }
}

/// A text in both languages. Every label of a printed form is one, so no form can
/// lack a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub km: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(km: &'static str, en: &'static str) -> Text {
        Text { km, en }
    }

    /// The text as the mode prints it; `km-en` gives the Khmer, a line break, and
    /// the English.
    pub fn render(self, mode: LangMode) -> String {
        match mode {
            LangMode::Km => self.km.to_owned(),
            LangMode::En => self.en.to_owned(),
            LangMode::KmEn => format!("{}\n{}", self.km, self.en),
        }
    }

    pub fn pick(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Km => self.km,
            Lang::En => self.en,
        }
    }
}

/// A number in Khmer digits (១២៣) or ASCII digits, as the language asks.
pub fn digits(n: impl ToString, lang: Lang) -> String {
    let text = n.to_string();
    match lang {
        Lang::En => text,
        Lang::Km => text
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x17E0 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    }
}

/// A whole number with its thousands grouped by commas ("1,250,000" / "១,២៥០,០០០"):
/// riel amounts and large quantities. Decimals keep the point (see `amount`).
pub fn grouped(n: i64, lang: Lang) -> String {
    let plain = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    digits(out, lang)
}

/// A quantity as people count it: whole above 10 ("1,250"), one decimal below
/// ("2.5"), never "-0".
pub fn amount(x: f64, lang: Lang) -> String {
    if !x.is_finite() {
        return digits(0, lang);
    }
    let tenths = (x * 10.0).round();
    if x.abs() >= 10.0 || tenths % 10.0 == 0.0 {
        grouped(x.round() as i64, lang)
    } else {
        digits(format!("{:.1}", tenths / 10.0), lang)
    }
}

/// A share (0–1) as a whole percentage: "70%" / "៧០%".
pub fn percent(share: f64, lang: Lang) -> String {
    let share = if share.is_finite() { share } else { 0.0 };
    digits(format!("{}%", (share * 100.0).round() as i64), lang)
}

/// Month names, January first.
pub const MONTHS_KM: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a letter writes it: "ថ្ងៃទី២៣ ខែវិច្ឆិកា ឆ្នាំ២០២៦" or "23 November 2026".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let month = date.month0() as usize;
    match lang {
        Lang::Km => format!(
            "ថ្ងៃទី{} ខែ{} ឆ្នាំ{}",
            digits(date.day(), lang),
            MONTHS_KM[month],
            digits(date.year(), lang)
        ),
        Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_digits_and_dates() {
        assert_eq!(digits(2026, Lang::Km), "២០២៦");
        assert_eq!(digits("12.5", Lang::Km), "១២.៥");
        assert_eq!(digits(2026, Lang::En), "2026");
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(long_date(d, Lang::Km), "ថ្ងៃទី២៣ ខែវិច្ឆិកា ឆ្នាំ២០២៦");
        assert_eq!(long_date(d, Lang::En), "23 November 2026");
    }

    #[test]
    fn amounts_are_grouped_and_rounded_as_people_count() {
        assert_eq!(grouped(1_250_000, Lang::En), "1,250,000");
        assert_eq!(grouped(1_250_000, Lang::Km), "១,២៥០,០០០");
        assert_eq!(grouped(999, Lang::En), "999");
        assert_eq!(grouped(-4500, Lang::En), "-4,500");
        assert_eq!(amount(1234.6, Lang::En), "1,235");
        assert_eq!(amount(2.46, Lang::Km), "២.៥");
        assert_eq!(amount(3.0, Lang::En), "3");
        assert_eq!(amount(f64::NAN, Lang::En), "0");
        assert_eq!(percent(0.704, Lang::Km), "៧០%");
        assert_eq!(percent(1.0, Lang::En), "100%");
    }

    #[test]
    fn texts_render_in_each_mode() {
        let t = Text::new("ឈ្មោះ", "Name");
        assert_eq!(t.render(LangMode::Km), "ឈ្មោះ");
        assert_eq!(t.render(LangMode::En), "Name");
        assert_eq!(t.render(LangMode::KmEn), "ឈ្មោះ\nName");
        assert_eq!(LangMode::parse("km-en"), Some(LangMode::KmEn));
    }
}
