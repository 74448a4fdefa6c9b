//! What the forum kit's documents share: values and sentences in the mode's language,
//! the forum's day and hours as a letter writes them, the agenda in time order.

use chrono::{Datelike, NaiveDate};
use cluster_core::forum::agenda::minutes;
use cluster_core::{AgendaItem, Forum, Lang, Office, Sex};

use crate::labels::forum as labels;
use crate::lang::{LangMode, Text, digits, long_date};

/// A label within a line: km-en gives "ខ្មែរ / English".
pub(crate) fn inline(text: Text, mode: LangMode) -> String {
    match mode {
        LangMode::KmEn => format!("{} / {}", text.km, text.en),
        _ => text.render(mode),
    }
}

/// A template with its `{name}` parts replaced.
pub(crate) fn fill(template: &str, parts: &[(&str, &str)]) -> String {
    parts
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The languages a mode prints, Khmer first.
pub(crate) fn langs(mode: LangMode) -> &'static [Lang] {
    match mode {
        LangMode::Km => &[Lang::Km],
        LangMode::En => &[Lang::En],
        LangMode::KmEn => &[Lang::Km, Lang::En],
    }
}

/// The office's name in `lang` (its Khmer name when it has no English one).
pub(crate) fn office_name(office: &Office, lang: Lang) -> &str {
    match lang {
        Lang::En if !office.name_en.trim().is_empty() => &office.name_en,
        _ => &office.name_km,
    }
}

pub(crate) fn held_on(forum: &Forum) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(forum.held_on.trim(), "%Y-%m-%d").ok()
}

/// A day as an invitation gives it: "ថ្ងៃអង្គារ ទី២១ ខែមេសា ឆ្នាំ២០២៦",
/// "Tuesday 21 April 2026".
pub(crate) fn day(date: NaiveDate, lang: Lang) -> String {
    let weekday = labels::WEEKDAYS[date.weekday().num_days_from_monday() as usize].pick(lang);
    let long = long_date(date, lang);
    match lang {
        Lang::Km => format!("ថ្ងៃ{weekday} {}", long.strip_prefix("ថ្ងៃ").unwrap_or(&long)),
        Lang::En => format!("{weekday} {long}"),
    }
}

/// The forum's day, or its date as stored when it is not one.
pub(crate) fn forum_day(forum: &Forum, lang: Lang) -> String {
    held_on(forum).map_or_else(|| digits(&forum.held_on, lang), |d| day(d, lang))
}

/// `HH:MM` as a timetable writes it: "៧:៣០", "7:30".
pub(crate) fn short_time(time: &str, lang: Lang) -> String {
    match minutes(time) {
        Some(m) => digits(format!("{}:{:02}", m / 60, m % 60), lang),
        None => digits(time, lang),
    }
}

/// A time of day as a sentence says it: "៤:១៥ រសៀល", "4:15 pm".
pub(crate) fn clock(time: &str, lang: Lang) -> String {
    let Some(m) = minutes(time) else {
        return digits(time, lang);
    };
    let (h, min) = (m / 60, m % 60);
    let part = match h {
        0..=11 => labels::MORNING,
        12 => labels::NOON,
        13..=17 => labels::AFTERNOON,
        _ => labels::EVENING,
    };
    let h12 = match h % 12 {
        0 => 12,
        other => other,
    };
    format!(
        "{} {}",
        digits(format!("{h12}:{min:02}"), lang),
        part.pick(lang)
    )
}

/// The agenda in time order (as entered when a time is unreadable).
pub(crate) fn agenda(forum: &Forum) -> Vec<&AgendaItem> {
    let mut items: Vec<&AgendaItem> = forum.agenda.iter().collect();
    items.sort_by_key(|item| minutes(&item.starts_at).unwrap_or(u32::MAX));
    items
}

/// The forum's hours, from the agenda's first start to its last end: "៧:៣០ ព្រឹក ដល់ម៉ោង
/// ៤:១៥ រសៀល"; `None` without an agenda.
pub(crate) fn hours(forum: &Forum, lang: Lang) -> Option<String> {
    let start = forum
        .agenda
        .iter()
        .filter_map(|i| Some((minutes(&i.starts_at)?, &i.starts_at)))
        .min()?;
    let end = forum
        .agenda
        .iter()
        .filter_map(|i| Some((minutes(&i.ends_at)?, &i.ends_at)))
        .max()?;
    Some(fill(
        labels::TIME_RANGE.pick(lang),
        &[
            ("start", &clock(start.1, lang)),
            ("end", &clock(end.1, lang)),
        ],
    ))
}

/// An agenda item's words in `lang`, the other language's when it has none.
pub(crate) fn item_text(item: &AgendaItem, lang: Lang) -> &str {
    match lang {
        Lang::Km if !item.item_km.trim().is_empty() => &item.item_km,
        Lang::En if !item.item_en.trim().is_empty() => &item.item_en,
        Lang::Km => &item.item_en,
        Lang::En => &item.item_km,
    }
}

/// How a letter addresses someone: "លោក", "លោកស្រី" / "Mr", "Ms".
pub(crate) fn honorific(sex: Option<Sex>) -> Text {
    match sex {
        Some(Sex::Male) => labels::MR,
        Some(Sex::Female) => labels::MS,
        None => labels::MR_MS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_hours_read_as_a_letter_writes_them() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 21).unwrap();
        assert_eq!(day(d, Lang::Km), "ថ្ងៃអង្គារ ទី២១ ខែមេសា ឆ្នាំ២០២៦");
        assert_eq!(day(d, Lang::En), "Tuesday 21 April 2026");
        assert_eq!(clock("07:30", Lang::Km), "៧:៣០ ព្រឹក");
        assert_eq!(clock("16:15", Lang::En), "4:15 pm");
        assert_eq!(clock("12:00", Lang::Km), "១២:០០ ថ្ងៃត្រង់");
        assert_eq!(short_time("08:05", Lang::Km), "៨:០៥");
    }

    #[test]
    fn every_participant_category_has_its_own_label_in_each_language() {
        use cluster_core::ParticipantCategory;
        let all: Vec<Text> = ParticipantCategory::ALL
            .iter()
            .map(|&c| labels::category(c))
            .collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a.km, b.km);
                assert_ne!(a.en, b.en);
            }
        }
    }
}
