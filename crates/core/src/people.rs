//! Officials of the guideline's step 7 and the small enums people records share.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, optional_place_at, parent_code};
use crate::rules::{Checks, NAME_MAX};
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(Sex { Female = "female", Male = "male" });

text_enum!(
    /// Cambodia's IDPoor identification of poor households.
    IdPoor { None = "none", Level1 = "level1", Level2 = "level2" }
);

text_enum!(
    /// The roles of the guideline's step 7 that work in or with a district.
    OfficialRole {
        DaoChief = "dao_chief",
        DistrictTechnical = "district_technical",
        Cew = "cew",
        PdaffMarketing = "pdaff_marketing",
        MeAdvisor = "me_advisor",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Official {
    pub id: String,
    pub name_km: String,
    pub name_latin: String,
    pub sex: Sex,
    pub role: OfficialRole,
    pub commune: Option<Place>,
    pub phone: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficialInput {
    pub id: Option<String>,
    pub name_km: String,
    pub name_latin: String,
    pub sex: Option<Sex>,
    pub role: Option<OfficialRole>,
    pub commune_code: Option<String>,
    pub phone: String,
}

const OFFICIAL_SELECT: &str = "SELECT o.id, o.name_km, o.name_latin, o.sex, o.role,
        c.code, c.name_km, c.name_en, o.phone, o.archived_at IS NOT NULL
    FROM officials o LEFT JOIN communes c ON c.code = o.commune_code";

fn official_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Official> {
    Ok(Official {
        id: r.get(0)?,
        name_km: r.get(1)?,
        name_latin: r.get(2)?,
        sex: r.get(3)?,
        role: r.get(4)?,
        commune: optional_place_at(r, 5)?,
        phone: r.get(8)?,
        archived: r.get(9)?,
    })
}

impl Store {
    pub fn officials(&self, include_archived: bool) -> Result<Vec<Official>> {
        let sql = format!(
            "{OFFICIAL_SELECT} WHERE ?1 OR o.archived_at IS NULL ORDER BY o.role, o.name_km"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .ctx("preparing the officials list")?;
        let rows = stmt
            .query_map([include_archived], official_row)
            .ctx("listing officials")?;
        rows.collect::<Result<_, _>>().ctx("reading officials")
    }

    pub fn official(&self, id: &str) -> Result<Official> {
        let sql = format!("{OFFICIAL_SELECT} WHERE o.id = ?1");
        self.conn
            .prepare_cached(&sql)
            .ctx("preparing an official read")?
            .query_row([id], official_row)
            .optional()
            .ctx("reading an official")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "official",
                id: id.to_owned(),
            })
    }

    pub fn save_official(&mut self, input: &OfficialInput, now: NaiveDateTime) -> Result<Official> {
        let office = self.require_office()?;
        let mut c = Checks::default();
        let name_km = c.required_name("nameKm", &input.name_km);
        let name_latin = c.optional_text("nameLatin", &input.name_latin, NAME_MAX);
        let phone = c.optional_phone("phone", &input.phone);
        let sex = c.required_choice("sex", input.sex, Sex::Female);
        let role = c.required_choice("role", input.role, OfficialRole::DistrictTechnical);
        let commune = input.commune_code.as_deref().filter(|s| !s.is_empty());
        match commune {
            None if input.role == Some(OfficialRole::Cew) => {
                c.push(Violation::new("communeCode", RuleCode::CewNeedsCommune));
            }
            Some(code) if code.len() != 6 || self.place(code)?.is_none() => {
                c.push(Violation::new("communeCode", RuleCode::UnknownPlace));
            }
            Some(code) if parent_code(code) != Some(office.district.code.as_str()) => {
                c.push(Violation::new(
                    "communeCode",
                    RuleCode::CommuneNotInDistrict,
                ));
            }
            _ => {}
        }
        if let Some(id) = &input.id {
            self.official(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        let at = stamp(now);
        self.conn
            .execute(
                "INSERT INTO officials (id, name_km, name_latin, sex, role, commune_code, phone, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                 ON CONFLICT (id) DO UPDATE SET name_km = excluded.name_km,
                     name_latin = excluded.name_latin, sex = excluded.sex, role = excluded.role,
                     commune_code = excluded.commune_code, phone = excluded.phone,
                     updated_at = excluded.updated_at",
                params![id, name_km, name_latin, sex, role, commune, phone, at],
            )
            .ctx("saving an official")?;
        self.official(&id)
    }

    pub fn set_official_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Official> {
        self.set_archived("officials", id, archived, now)?;
        self.official(id)
    }

    /// Archives or restores a record. Records are never deleted: later steps (forums,
    /// contracts) keep pointing at them.
    pub(crate) fn set_archived(
        &self,
        table: &'static str,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<()> {
        let sql = format!(
            "UPDATE {table} SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END,
                 updated_at = ?3 WHERE id = ?1"
        );
        let changed = self
            .conn
            .execute(&sql, params![id, archived, stamp(now)])
            .ctx("archiving a record")?;
        if changed == 0 {
            return Err(CoreError::NotFound {
                entity: table,
                id: id.to_owned(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{now, store_with_office};

    fn cew(name: &str, commune: Option<&str>) -> OfficialInput {
        OfficialInput {
            id: None,
            name_km: name.into(),
            name_latin: "Chan Dara".into(),
            sex: Some(Sex::Male),
            role: Some(OfficialRole::Cew),
            commune_code: commune.map(Into::into),
            phone: "+855 12 888 999".into(),
        }
    }

    #[test]
    fn a_cew_works_in_a_commune_of_the_district() {
        let mut store = store_with_office();
        let err = store
            .save_official(&cew("ចាន់ ដារ៉ា", None), now())
            .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::CewNeedsCommune);
        let err = store
            .save_official(&cew("ចាន់ ដារ៉ា", Some("010201")), now())
            .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::CommuneNotInDistrict);
        assert!(
            store.officials(true).unwrap().is_empty(),
            "refused input saves nothing"
        );

        let saved = store
            .save_official(&cew("ចាន់ ដារ៉ា", Some("040610")), now())
            .unwrap();
        assert_eq!(saved.phone, "012888999");
        assert_eq!(
            saved.commune.as_ref().map(|c| c.name_en.as_str()),
            Some("Rolea B'ier")
        );

        let mut edit = cew("ចាន់ ដារ៉ា", Some("040606"));
        edit.id = Some(saved.id.clone());
        let edited = store.save_official(&edit, now()).unwrap();
        assert_eq!(edited.id, saved.id);
        assert_eq!(store.officials(false).unwrap().len(), 1);
    }

    #[test]
    fn archived_officials_leave_the_list_but_stay() {
        let mut store = store_with_office();
        let o = store
            .save_official(&cew("សុខ ណារី", Some("040610")), now())
            .unwrap();
        assert!(
            store
                .set_official_archived(&o.id, true, now())
                .unwrap()
                .archived
        );
        assert!(store.officials(false).unwrap().is_empty());
        assert_eq!(store.officials(true).unwrap().len(), 1);
        assert!(
            !store
                .set_official_archived(&o.id, false, now())
                .unwrap()
                .archived
        );
        assert!(matches!(
            store.set_official_archived("nope", true, now()),
            Err(CoreError::NotFound { .. })
        ));
    }
}
