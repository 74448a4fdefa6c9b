//! Field rules shared by every register: names, years, phones, counts. Each check
//! appends a [`Violation`] instead of failing fast, so one save reports every problem.

use crate::error::{RuleCode, Violation};

pub const NAME_MAX: usize = 100;
pub const TEXT_MAX: usize = 500;
/// A head of household is at least this old; younger birth years are typing errors.
pub const HEAD_MIN_AGE: i32 = 12;
pub const HEAD_MAX_AGE: i32 = 110;
pub const HOUSEHOLD_SIZE_MAX: u32 = 30;
/// Largest quantity any record holds (a wholesaler's 1,000 tonnes a month, in kg).
pub const QUANTITY_MAX: f64 = 1_000_000.0;

/// Collects the violations of one input.
#[derive(Debug, Default)]
pub struct Checks {
    pub violations: Vec<Violation>,
}

impl Checks {
    pub fn push(&mut self, v: Violation) {
        self.violations.push(v);
    }

    /// A required name: trimmed, not empty, at most `NAME_MAX` characters.
    pub fn required_name(&mut self, field: &str, value: &str) -> String {
        let value = clean(value);
        if value.is_empty() {
            self.push(Violation::new(field, RuleCode::Required));
        } else {
            self.max_len(field, &value, NAME_MAX);
        }
        value
    }

    /// Optional text: trimmed, at most `max` characters.
    pub fn optional_text(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = clean(value);
        self.max_len(field, &value, max);
        value
    }

    fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.push(Violation::new(field, RuleCode::TooLong).with("max", max));
        }
    }

    /// A required place that was not found: empty means not chosen yet.
    pub fn unknown_place(&mut self, field: &str, code: &str) {
        let rule = if code.trim().is_empty() {
            RuleCode::Required
        } else {
            RuleCode::UnknownPlace
        };
        self.push(Violation::new(field, rule));
    }

    /// An optional Cambodian phone number; returns it normalised (digits, leading 0).
    pub fn optional_phone(&mut self, field: &str, value: &str) -> String {
        if clean(value).is_empty() {
            return String::new();
        }
        match normalise_phone(value) {
            Some(p) => p,
            None => {
                self.push(Violation::new(field, RuleCode::PhoneMalformed));
                clean(value)
            }
        }
    }

    /// A number the form must carry; `0` stands in when it is missing (then the input is
    /// refused, so the stand-in is never stored).
    pub fn required_number(&mut self, field: &str, value: Option<i32>) -> i32 {
        value.unwrap_or_else(|| {
            self.push(Violation::new(field, RuleCode::Required));
            0
        })
    }

    /// A choice the form must carry (sex, role, kind); `stand_in` is returned when it is
    /// missing and never stored, since the input is then refused.
    pub fn required_choice<T: Copy>(&mut self, field: &str, value: Option<T>, stand_in: T) -> T {
        value.unwrap_or_else(|| {
            self.push(Violation::new(field, RuleCode::Required));
            stand_in
        })
    }

    /// A required amount of money in whole riel (or cents): present, above zero, at
    /// most `max`. Returns 0 when broken (the input is then refused).
    pub fn required_money(&mut self, field: &str, value: Option<i64>, max: i64) -> i64 {
        match value {
            None => {
                self.push(Violation::new(field, RuleCode::Required));
                0
            }
            Some(v) => self.positive_money(field, v, max),
        }
    }

    /// An amount that must be above zero and at most `max`; 0 when broken.
    pub fn positive_money(&mut self, field: &str, value: i64, max: i64) -> i64 {
        if value <= 0 {
            self.push(Violation::new(field, RuleCode::NotPositive));
            0
        } else if value > max {
            self.push(
                Violation::new(field, RuleCode::OutOfRange)
                    .with("min", 1)
                    .with("max", max),
            );
            0
        } else {
            value
        }
    }

    /// A quantity that must be present, finite and above zero.
    pub fn required_quantity(&mut self, field: &str, value: Option<f64>) -> f64 {
        match value {
            None => {
                self.push(Violation::new(field, RuleCode::Required));
                0.0
            }
            Some(v) => self.positive_quantity(field, v),
        }
    }

    pub fn positive_quantity(&mut self, field: &str, value: f64) -> f64 {
        if value.is_finite() && value > 0.0 && value <= QUANTITY_MAX {
            value
        } else {
            let rule = if value.is_finite() && value > QUANTITY_MAX {
                RuleCode::OutOfRange
            } else {
                RuleCode::NotPositive
            };
            let v = Violation::new(field, rule);
            self.push(if rule == RuleCode::OutOfRange {
                v.with("min", 0).with("max", QUANTITY_MAX)
            } else {
                v
            });
            0.0
        }
    }

    /// A required ISO date (`YYYY-MM-DD`).
    pub fn required_date(&mut self, field: &str, value: &str) -> Option<chrono::NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            self.push(Violation::new(field, RuleCode::Required));
            return None;
        }
        match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(Violation::new(field, RuleCode::InvalidDate));
                None
            }
        }
    }

    pub fn range(&mut self, field: &str, value: i64, min: i64, max: i64) {
        if value < min || value > max {
            self.push(
                Violation::new(field, RuleCode::OutOfRange)
                    .with("min", min)
                    .with("max", max),
            );
        }
    }

    pub fn birth_year(&mut self, field: &str, year: i32, current_year: i32) {
        let (min, max) = (current_year - HEAD_MAX_AGE, current_year - HEAD_MIN_AGE);
        if year < min || year > max {
            self.push(
                Violation::new(field, RuleCode::YearOutOfRange)
                    .with("min", min)
                    .with("max", max),
            );
        }
    }

    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    pub fn into_result(self) -> crate::Result<()> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(crate::CoreError::Invalid(self.violations))
        }
    }
}

/// Trims and folds runs of white space (including the zero-width space users paste
/// from Khmer word processors at the ends) into single spaces.
pub fn clean(value: &str) -> String {
    value
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{200B}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Khmer digits ០–៩ typed on a Khmer keyboard count as ASCII digits.
pub fn ascii_digits(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\u{17E0}'..='\u{17E9}' => char::from_digit(c as u32 - 0x17E0, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Cambodian numbers: 0 + 8 or 9 digits (`012 345 678`, `097 1234 567`), or the same with
/// +855 / 855 instead of the 0. Spaces, dots, dashes and brackets are ignored.
pub fn normalise_phone(value: &str) -> Option<String> {
    let raw = ascii_digits(value);
    let mut digits = String::new();
    for (i, c) in raw.trim().chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            '+' if i == 0 => {}
            _ => return None,
        }
    }
    let national = if let Some(rest) = digits.strip_prefix("855") {
        format!("0{}", rest.trim_start_matches('0'))
    } else {
        digits
    };
    let ok = national.starts_with('0')
        && !national[1..].starts_with('0')
        && (9..=10).contains(&national.len());
    ok.then_some(national)
}

/// Age in completed years at `current_year` (birth dates are not collected, only years).
pub fn age(birth_year: i32, current_year: i32) -> i32 {
    current_year - birth_year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_the_shapes_officers_type_them() {
        let cases = [
            ("012 345 678", Some("012345678")),
            ("097-123-4567", Some("0971234567")),
            ("+855 12 345 678", Some("012345678")),
            ("855 (0)12 345 678", Some("012345678")),
            ("០១២ ៣៤៥ ៦៧៨", Some("012345678")),
            ("12345678", None),
            ("012 345", None),
            ("001 234 567", None),
            ("012 345 678 901", None),
            ("012-ABC-678", None),
        ];
        for (input, expected) in cases {
            assert_eq!(
                normalise_phone(input).as_deref(),
                expected,
                "phone {input:?}"
            );
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        let mut c = Checks::default();
        assert_eq!(c.required_name("n", "  សុខ   ចាន់ \u{200B}"), "សុខ ចាន់");
        assert!(c.violations.is_empty());
        c.required_name("empty", " \u{200B} ");
        c.required_name("long", &"ក".repeat(NAME_MAX + 1));
        let rules: Vec<_> = c
            .violations
            .iter()
            .map(|v| (v.field.as_str(), v.rule))
            .collect();
        assert_eq!(
            rules,
            [("empty", RuleCode::Required), ("long", RuleCode::TooLong)]
        );
    }

    #[test]
    fn birth_years_outside_a_heads_life_are_refused() {
        let mut c = Checks::default();
        c.birth_year("y", 1990, 2026);
        c.birth_year("y", 2026 - HEAD_MIN_AGE, 2026);
        assert!(c.violations.is_empty());
        c.birth_year("y", 2020, 2026);
        c.birth_year("y", 1900, 2026);
        c.birth_year("y", 2030, 2026);
        assert_eq!(c.violations.len(), 3);
        assert_eq!(c.violations[0].params["max"], "2014");
        assert_eq!(c.violations[0].params["min"], "1916");
    }
}
