//! Office-wide settings: the interface language and the youth age range.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DbContext, Result, RuleCode, Violation};
use crate::store::Store;
use crate::text_enum::text_enum;

text_enum!(
    /// Interface and document language. Khmer is the default (DESIGN §1).
    Lang { Km = "km", En = "en" }
);

/// Cambodia's National Policy on Youth Development counts ages 15–30 as youth.
pub const YOUTH_DEFAULT: (u32, u32) = (15, 30);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub language: Lang,
    pub youth_min_age: u32,
    pub youth_max_age: u32,
}

impl Settings {
    pub fn is_youth(&self, age: i32) -> bool {
        age >= self.youth_min_age as i32 && age <= self.youth_max_age as i32
    }
}

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let language = self
            .setting("language")?
            .and_then(|s| Lang::parse(&s))
            .unwrap_or(Lang::Km);
        let age = |key, default| -> Result<u32> {
            Ok(self
                .setting(key)?
                .and_then(|s| s.parse().ok())
                .unwrap_or(default))
        };
        Ok(Settings {
            language,
            youth_min_age: age("youth_min_age", YOUTH_DEFAULT.0)?,
            youth_max_age: age("youth_max_age", YOUTH_DEFAULT.1)?,
        })
    }

    pub fn set_language(&mut self, lang: Lang) -> Result<Settings> {
        put_setting(&self.conn, "language", lang.as_str())?;
        self.settings()
    }

    /// Signed, so that a negative entry reaches this rule and gets its message.
    pub fn set_youth_range(&mut self, min: i32, max: i32) -> Result<Settings> {
        let mut bad = Vec::new();
        if !(10..=60).contains(&min) {
            bad.push(
                Violation::new("min", RuleCode::OutOfRange)
                    .with("min", 10)
                    .with("max", 60),
            );
        }
        if !(min.max(10)..=60).contains(&max) {
            bad.push(
                Violation::new("max", RuleCode::OutOfRange)
                    .with("min", min.max(10))
                    .with("max", 60),
            );
        }
        if !bad.is_empty() {
            return Err(crate::CoreError::Invalid(bad));
        }
        let tx = self.conn.savepoint().ctx("starting a settings change")?;
        put_setting(&tx, "youth_min_age", &min.to_string())?;
        put_setting(&tx, "youth_max_age", &max.to_string())?;
        tx.commit().ctx("committing settings")?;
        self.settings()
    }

    pub(crate) fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        put_setting(&self.conn, key, value)
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")
            .ctx("preparing a settings read")?
            .query_row([key], |r| r.get(0))
            .optional()
            .ctx("reading a setting")
    }
}

fn put_setting(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
    .ctx("saving a setting")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_and_the_national_youth_range_by_default() {
        let mut store = Store::open_in_memory().unwrap();
        let s = store.settings().unwrap();
        assert_eq!(
            (s.language, s.youth_min_age, s.youth_max_age),
            (Lang::Km, 15, 30)
        );
        assert!(s.is_youth(15) && s.is_youth(30) && !s.is_youth(31) && !s.is_youth(14));
        assert_eq!(store.set_language(Lang::En).unwrap().language, Lang::En);
        assert_eq!(store.set_youth_range(18, 35).unwrap().youth_max_age, 35);
    }

    #[test]
    fn an_inverted_youth_range_changes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store.set_youth_range(30, 20).unwrap_err();
        assert_eq!(err.violations()[0].field, "max");
        assert_eq!(store.settings().unwrap().youth_max_age, 30);
    }
}
