//! The district agriculture office that owns this database: where it is, its target
//! communes (usually 4, each with a USD 1,000 activity budget) and its fiscal year.

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, parent_code, place_at, place_row};
use crate::rules::Checks;
use crate::store::{Store, stamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Office {
    pub province: Place,
    pub district: Place,
    pub name_km: String,
    pub name_en: String,
    pub fiscal_year: i32,
    pub target_communes: Vec<Place>,
    pub is_demo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficeInput {
    pub province_code: String,
    pub district_code: String,
    pub name_km: String,
    pub name_en: String,
    pub fiscal_year: Option<i32>,
    pub target_communes: Vec<String>,
}

impl Store {
    pub fn office(&self) -> Result<Option<Office>> {
        let head = self
            .conn
            .query_row(
                "SELECT p.code, p.name_km, p.name_en, d.code, d.name_km, d.name_en,
                        o.name_km, o.name_en, o.fiscal_year, o.is_demo
                 FROM office o
                 JOIN provinces p ON p.code = o.province_code
                 JOIN districts d ON d.code = o.district_code
                 WHERE o.id = 1",
                [],
                |r| {
                    Ok(Office {
                        province: place_at(r, 0)?,
                        district: place_at(r, 3)?,
                        name_km: r.get(6)?,
                        name_en: r.get(7)?,
                        fiscal_year: r.get(8)?,
                        target_communes: Vec::new(),
                        is_demo: r.get(9)?,
                    })
                },
            )
            .optional()
            .ctx("reading the office")?;
        let Some(mut office) = head else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.code, c.name_km, c.name_en FROM office_communes oc
                 JOIN communes c ON c.code = oc.commune_code ORDER BY oc.position",
            )
            .ctx("preparing the target communes")?;
        office.target_communes = stmt
            .query_map([], place_row)
            .ctx("listing the target communes")?
            .collect::<Result<_, _>>()
            .ctx("reading the target communes")?;
        Ok(Some(office))
    }

    /// The office, or the error the UI answers by showing the first-run screen.
    pub fn require_office(&self) -> Result<Office> {
        self.office()?.ok_or(CoreError::OfficeNotSetUp)
    }

    pub fn setup_office(&mut self, input: &OfficeInput, now: NaiveDateTime) -> Result<Office> {
        if self.office()?.is_some() {
            return Err(CoreError::OfficeAlreadySetUp);
        }
        let input = self.check_office(input, now)?;
        let tx = self.conn.savepoint().ctx("starting the office setup")?;
        write_office(&tx, &input, false, now)?;
        tx.commit().ctx("committing the office")?;
        self.require_office()
    }

    pub fn update_office(&mut self, input: &OfficeInput, now: NaiveDateTime) -> Result<Office> {
        let office = self.require_office()?;
        // Records already entered sit in the district's villages: moving the office to
        // another district would leave them outside it.
        if input.district_code != office.district.code && self.has_register_records()? {
            return Err(CoreError::invalid(Violation::new(
                "districtCode",
                RuleCode::DistrictHasRecords,
            )));
        }
        let is_demo = office.is_demo;
        let input = self.check_office(input, now)?;
        let tx = self.conn.savepoint().ctx("starting an office change")?;
        write_office(&tx, &input, is_demo, now)?;
        tx.commit().ctx("committing the office change")?;
        self.require_office()
    }

    fn has_register_records(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM households) OR EXISTS (SELECT 1 FROM slgs)
                     OR EXISTS (SELECT 1 FROM officials WHERE commune_code IS NOT NULL)",
                [],
                |r| r.get(0),
            )
            .ctx("looking for register records")
    }

    /// Validates an office and returns it cleaned (trimmed names, communes once each).
    fn check_office(&self, input: &OfficeInput, now: NaiveDateTime) -> Result<OfficeInput> {
        let mut c = Checks::default();
        let name_km = c.required_name("nameKm", &input.name_km);
        let name_en = c.required_name("nameEn", &input.name_en);
        let year = c.required_number("fiscalYear", input.fiscal_year);
        if input.fiscal_year.is_some() {
            c.range("fiscalYear", year.into(), 2000, i64::from(now.year() + 1));
        }
        if self.place(&input.province_code)?.is_none() || input.province_code.len() != 2 {
            c.unknown_place("provinceCode", &input.province_code);
        }
        if self.place(&input.district_code)?.is_none() || input.district_code.len() != 4 {
            c.unknown_place("districtCode", &input.district_code);
        } else if parent_code(&input.district_code) != Some(input.province_code.as_str()) {
            c.push(Violation::new(
                "districtCode",
                RuleCode::DistrictNotInProvince,
            ));
        }
        let mut communes: Vec<String> = Vec::new();
        for code in &input.target_communes {
            if communes.contains(code) {
                continue;
            }
            if code.len() != 6 || self.place(code)?.is_none() {
                c.push(Violation::new("targetCommunes", RuleCode::UnknownPlace).with("code", code));
            } else if parent_code(code) != Some(input.district_code.as_str()) {
                c.push(
                    Violation::new("targetCommunes", RuleCode::CommuneNotInDistrict)
                        .with("code", code),
                );
            }
            communes.push(code.clone());
        }
        if communes.is_empty() {
            c.push(Violation::new(
                "targetCommunes",
                RuleCode::TargetCommunesRequired,
            ));
        }
        c.into_result()?;
        Ok(OfficeInput {
            province_code: input.province_code.clone(),
            district_code: input.district_code.clone(),
            name_km,
            name_en,
            fiscal_year: input.fiscal_year,
            target_communes: communes,
        })
    }
}

pub(crate) fn write_office(
    tx: &Connection,
    input: &OfficeInput,
    is_demo: bool,
    now: NaiveDateTime,
) -> Result<()> {
    let at = stamp(now);
    tx.execute(
        "INSERT INTO office (id, province_code, district_code, name_km, name_en, fiscal_year, is_demo, created_at, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (id) DO UPDATE SET province_code = excluded.province_code,
             district_code = excluded.district_code, name_km = excluded.name_km,
             name_en = excluded.name_en, fiscal_year = excluded.fiscal_year,
             is_demo = excluded.is_demo, updated_at = excluded.updated_at",
        (&input.province_code, &input.district_code, &input.name_km, &input.name_en, input.fiscal_year, is_demo, &at),
    )
    .ctx("saving the office")?;
    tx.execute("DELETE FROM office_communes", [])
        .ctx("clearing target communes")?;
    for (position, code) in input.target_communes.iter().enumerate() {
        tx.execute(
            "INSERT INTO office_communes (commune_code, position) VALUES (?1, ?2)",
            (code, position as i64),
        )
        .ctx("saving a target commune")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{broken, now, rolea_office};

    #[test]
    fn an_office_is_set_up_once() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(matches!(
            store.require_office(),
            Err(CoreError::OfficeNotSetUp)
        ));
        let office = store.setup_office(&rolea_office(), now()).unwrap();
        assert_eq!(office.district.name_en, "Rolea B'ier");
        assert_eq!(office.province.name_km, "កំពង់ឆ្នាំង");
        let communes: Vec<_> = office
            .target_communes
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(communes, ["040610", "040606", "040608", "040612"]);
        assert!(matches!(
            store.setup_office(&rolea_office(), now()),
            Err(CoreError::OfficeAlreadySetUp)
        ));
    }

    #[test]
    fn places_that_do_not_nest_are_refused_and_nothing_is_saved() {
        let mut store = Store::open_in_memory().unwrap();
        let mut input = rolea_office();
        input.district_code = "0102".into(); // Banteay Meanchey, not Kampong Chhnang
        input.target_communes = vec!["040610".into(), "999999".into()];
        input.name_km = " ".into();
        input.fiscal_year = Some(1990);
        let err = store.setup_office(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("nameKm", RuleCode::Required),
                ("fiscalYear", RuleCode::OutOfRange),
                ("districtCode", RuleCode::DistrictNotInProvince),
                ("targetCommunes", RuleCode::CommuneNotInDistrict),
                ("targetCommunes", RuleCode::UnknownPlace),
            ]
        );
        assert_eq!(store.office().unwrap(), None);
        input.target_communes.clear();
        let err = store.setup_office(&input, now()).unwrap_err();
        assert!(
            err.violations()
                .iter()
                .any(|v| v.rule == RuleCode::TargetCommunesRequired)
        );
    }

    #[test]
    fn updating_keeps_the_demo_mark_and_replaces_the_communes() {
        let mut store = Store::open_in_memory().unwrap();
        store.setup_office(&rolea_office(), now()).unwrap();
        let mut input = rolea_office();
        input.target_communes = vec!["040601".into(), "040601".into()];
        input.fiscal_year = Some(2027);
        let office = store.update_office(&input, now()).unwrap();
        assert_eq!(
            office.target_communes.len(),
            1,
            "a commune chosen twice counts once"
        );
        assert_eq!(office.fiscal_year, 2027);
        assert!(!office.is_demo);
    }

    #[test]
    fn the_district_stays_once_records_exist() {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        let mut input = rolea_office();
        input.district_code = "0401".into();
        input.target_communes = vec!["040101".into()];
        let err = store.update_office(&input, now()).unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::DistrictHasRecords);
        assert_eq!(store.require_office().unwrap().district.code, "0406");
    }
}
