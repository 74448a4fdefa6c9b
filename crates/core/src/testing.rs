//! Fixtures shared by the core's tests.

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::{CoreError, RuleCode};
use crate::household::HouseholdInput;
use crate::office::OfficeInput;
use crate::people::{IdPoor, Sex};
use crate::store::Store;

/// Tests pin the clock: 23 November 2026, 09:00.
pub fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}

/// Rolea B'ier district, Kampong Chhnang, with four target communes.
pub fn rolea_office() -> OfficeInput {
    OfficeInput {
        province_code: "04".into(),
        district_code: "0406".into(),
        name_km: "ការិយាល័យកសិកម្មស្រុករលាប្អៀរ".into(),
        name_en: "Rolea B'ier District Agriculture Office".into(),
        fiscal_year: Some(2026),
        target_communes: vec![
            "040610".into(),
            "040606".into(),
            "040608".into(),
            "040612".into(),
        ],
    }
}

pub fn store_with_office() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.setup_office(&rolea_office(), now()).unwrap();
    store
}

/// A household in a village of Rolea B'ier commune.
pub fn household(name_km: &str, name_latin: &str, birth_year: i32) -> HouseholdInput {
    HouseholdInput {
        id: None,
        head_name_km: name_km.into(),
        head_name_latin: name_latin.into(),
        sex: Some(Sex::Female),
        birth_year: Some(birth_year),
        size: Some(5),
        women: Some(3),
        village_code: "04061001".into(),
        phone: "012 345 678".into(),
        id_card: String::new(),
        id_poor: IdPoor::None,
        indigenous: false,
    }
}

/// The fields and rules an input broke, in the order the core reports them.
pub fn broken(err: &CoreError) -> Vec<(&str, RuleCode)> {
    err.violations()
        .iter()
        .map(|v| (v.field.as_str(), v.rule))
        .collect()
}
