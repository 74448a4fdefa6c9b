//! Smallholder Learning Groups (SLGs) and their member households. A household belongs
//! to at most one SLG; moving it needs removing it from the first group explicitly.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, ToSql, named_params, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, optional_place_at, parent_code, place_at};
use crate::rules::Checks;
use crate::store::{Store, new_id, stamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Slg {
    pub id: String,
    pub name: String,
    pub commune: Place,
    pub village: Option<Place>,
    pub cew_id: Option<String>,
    pub cew_name: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    pub formed_on: Option<String>,
    /// Member households not archived.
    pub member_count: u32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgInput {
    pub id: Option<String>,
    pub name: String,
    pub commune_code: String,
    pub village_code: Option<String>,
    pub cew_id: Option<String>,
    pub formed_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgQuery {
    pub search: String,
    pub commune_code: Option<String>,
    pub include_archived: bool,
    pub page: u32,
    pub page_size: u32,
}

impl Default for SlgQuery {
    fn default() -> Self {
        SlgQuery {
            search: String::new(),
            commune_code: None,
            include_archived: false,
            page: 0,
            page_size: 50,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlgPage {
    pub rows: Vec<Slg>,
    pub total: u32,
    pub page: u32,
    pub page_size: u32,
}

const SLG_SELECT: &str =
    "SELECT s.id, s.name, c.code, c.name_km, c.name_en, v.code, v.name_km, v.name_en,
        s.cew_id, o.name_km, s.formed_on,
        (SELECT count(*) FROM households h WHERE h.slg_id = s.id AND h.archived_at IS NULL),
        s.archived_at IS NOT NULL
    FROM slgs s
    JOIN communes c ON c.code = s.commune_code
    LEFT JOIN villages v ON v.code = s.village_code
    LEFT JOIN officials o ON o.id = s.cew_id";

fn slg_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Slg> {
    Ok(Slg {
        id: r.get(0)?,
        name: r.get(1)?,
        commune: place_at(r, 2)?,
        village: optional_place_at(r, 5)?,
        cew_id: r.get(8)?,
        cew_name: r.get(9)?,
        formed_on: r.get(10)?,
        member_count: r.get(11)?,
        archived: r.get(12)?,
    })
}

/// `LIKE` pattern for a plain substring search (SLG and buyer names are few enough
/// that an index scan is cheap even at national size).
pub(crate) fn like_pattern(search: &str) -> String {
    let escaped = crate::rules::clean(search)
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// An SLG input whose rules passed, cleaned.
struct CheckedSlg {
    id: String,
    name: String,
    commune_code: String,
    village_code: Option<String>,
    cew_id: Option<String>,
    formed_on: Option<String>,
}

fn write_slg(conn: &Connection, s: &CheckedSlg, now: NaiveDateTime) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO slgs (id, name, commune_code, village_code, cew_id, formed_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, commune_code = excluded.commune_code,
             village_code = excluded.village_code, cew_id = excluded.cew_id,
             formed_on = excluded.formed_on, updated_at = excluded.updated_at",
    )
    .and_then(|mut st| {
        st.execute(params![s.id, s.name, s.commune_code, s.village_code, s.cew_id, s.formed_on, stamp(now)])
    })
    .ctx("saving an SLG")?;
    Ok(())
}

impl Store {
    pub fn slg(&self, id: &str) -> Result<Slg> {
        self.conn
            .prepare_cached(&format!("{SLG_SELECT} WHERE s.id = ?1"))
            .ctx("preparing an SLG read")?
            .query_row([id], slg_row)
            .optional()
            .ctx("reading an SLG")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "SLG",
                id: id.to_owned(),
            })
    }

    pub fn slgs(&self, query: &SlgQuery) -> Result<SlgPage> {
        let page_size = query.page_size.clamp(1, crate::household::PAGE_SIZE_MAX);
        let pattern = like_pattern(&query.search);
        let commune = query.commune_code.clone().filter(|c| !c.is_empty());
        let filter = "WHERE s.name LIKE :pattern ESCAPE '\\'
              AND (:commune IS NULL OR s.commune_code = :commune)
              AND (:archived OR s.archived_at IS NULL)";
        let limit = i64::from(page_size);
        let offset = i64::from(query.page) * limit;
        let base: [(&str, &dyn ToSql); 3] = [
            (":pattern", &pattern),
            (":commune", &commune),
            (":archived", &query.include_archived),
        ];
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM slgs s {filter}"))
            .and_then(|mut s| s.query_row(&base[..], |r| r.get(0)))
            .ctx("counting SLGs")?;
        let sql = format!(
            "{SLG_SELECT} {filter} ORDER BY c.code, s.name, s.id LIMIT :limit OFFSET :offset"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .ctx("preparing the SLG list")?;
        let rows = stmt
            .query_map(
                named_params! {":pattern": pattern, ":commune": commune, ":archived": query.include_archived, ":limit": limit, ":offset": offset},
                slg_row,
            )
            .ctx("listing SLGs")?
            .collect::<Result<Vec<_>, _>>()
            .ctx("reading SLGs")?;
        Ok(SlgPage {
            rows,
            total,
            page: query.page,
            page_size,
        })
    }

    pub fn save_slg(&mut self, input: &SlgInput, now: NaiveDateTime) -> Result<Slg> {
        let office = self.require_office()?;
        let checked = self.check_slg(input, Some(&office.district.code), now)?;
        write_slg(&self.conn, &checked, now)?;
        self.slg(&checked.id)
    }

    /// Adds many SLGs in one transaction and returns their ids, in order. For merging
    /// and benchmarks: SLGs of any district are accepted, all other rules apply.
    pub fn import_slgs(&mut self, rows: &[SlgInput], now: NaiveDateTime) -> Result<Vec<String>> {
        self.atomically(|store| {
            let mut ids = Vec::with_capacity(rows.len());
            for input in rows {
                let checked = store.check_slg(input, None, now)?;
                write_slg(&store.conn, &checked, now)?;
                ids.push(checked.id);
            }
            Ok(ids)
        })
    }

    /// Checks an SLG; `district` restricts its commune to the office's district.
    fn check_slg(
        &self,
        input: &SlgInput,
        district: Option<&str>,
        now: NaiveDateTime,
    ) -> Result<CheckedSlg> {
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        if input.commune_code.len() != 6 || self.place(&input.commune_code)?.is_none() {
            c.unknown_place("communeCode", &input.commune_code);
        } else if let Some(district) = district
            && parent_code(&input.commune_code) != Some(district)
        {
            c.push(Violation::new(
                "communeCode",
                RuleCode::CommuneNotInDistrict,
            ));
        }
        let village = input.village_code.clone().filter(|v| !v.is_empty());
        if let Some(v) = &village {
            match self.village_commune(v)? {
                None => c.push(Violation::new("villageCode", RuleCode::UnknownPlace)),
                Some(commune) if commune != input.commune_code => {
                    c.push(Violation::new("villageCode", RuleCode::VillageNotInCommune));
                }
                Some(_) => {}
            }
        }
        let cew_id = input.cew_id.clone().filter(|v| !v.is_empty());
        if let Some(id) = &cew_id
            && self.official(id).is_err()
        {
            c.push(Violation::new("cewId", RuleCode::UnknownRecord));
        }
        let formed_on = input
            .formed_on
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned);
        if let Some(date) = &formed_on {
            match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
                Err(_) => c.push(Violation::new("formedOn", RuleCode::InvalidDate)),
                Ok(d) if d > now.date() => c.push(
                    Violation::new("formedOn", RuleCode::OutOfRange)
                        .with("min", "2000-01-01")
                        .with("max", now.date().format("%Y-%m-%d")),
                ),
                Ok(_) => {}
            }
        }
        if let Some(id) = &input.id {
            self.slg(id)?;
        }
        c.into_result()?;
        Ok(CheckedSlg {
            id: input.id.clone().unwrap_or_else(new_id),
            name,
            commune_code: input.commune_code.clone(),
            village_code: village,
            cew_id,
            formed_on,
        })
    }

    pub fn set_slg_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Slg> {
        self.set_archived("slgs", id, archived, now)?;
        self.slg(id)
    }

    /// Puts a household in an SLG. Refused, with the other group's name, when the
    /// household is already a member elsewhere.
    pub fn add_slg_member(
        &mut self,
        slg_id: &str,
        household_id: &str,
        now: NaiveDateTime,
    ) -> Result<Slg> {
        let slg = self.slg(slg_id)?;
        let current: Option<(Option<String>, bool)> = self
            .conn
            .query_row(
                "SELECT slg_id, archived_at IS NOT NULL FROM households WHERE id = ?1",
                [household_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .ctx("reading a household's SLG")?;
        let Some((member_of, household_archived)) = current else {
            return Err(CoreError::NotFound {
                entity: "household",
                id: household_id.to_owned(),
            });
        };
        if slg.archived || household_archived {
            return Err(CoreError::invalid(Violation::new(
                "householdId",
                RuleCode::ArchivedRecord,
            )));
        }
        match member_of {
            Some(other) if other == slg.id => return Ok(slg),
            Some(other) => {
                let other = self.slg(&other)?;
                return Err(CoreError::invalid(
                    Violation::new("householdId", RuleCode::AlreadyInOtherSlg)
                        .with("slg", other.name),
                ));
            }
            None => {}
        }
        self.conn
            .execute(
                "UPDATE households SET slg_id = ?1, updated_at = ?2 WHERE id = ?3 AND slg_id IS NULL",
                params![slg.id, stamp(now), household_id],
            )
            .ctx("adding an SLG member")?;
        self.slg(slg_id)
    }

    pub fn remove_slg_member(
        &mut self,
        slg_id: &str,
        household_id: &str,
        now: NaiveDateTime,
    ) -> Result<Slg> {
        self.slg(slg_id)?;
        let changed = self
            .conn
            .execute(
                "UPDATE households SET slg_id = NULL, updated_at = ?1 WHERE id = ?2 AND slg_id = ?3",
                params![stamp(now), household_id, slg_id],
            )
            .ctx("removing an SLG member")?;
        if changed == 0 {
            return Err(CoreError::NotFound {
                entity: "SLG member",
                id: household_id.to_owned(),
            });
        }
        self.slg(slg_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::HouseholdQuery;
    use crate::testing::{broken, household, now, store_with_office};

    fn slg(name: &str) -> SlgInput {
        SlgInput {
            id: None,
            name: name.into(),
            commune_code: "040610".into(),
            village_code: Some("04061001".into()),
            cew_id: None,
            formed_on: Some("2025-03-01".into()),
        }
    }

    #[test]
    fn a_household_belongs_to_one_slg_at_most() {
        let mut store = store_with_office();
        let a = store.save_slg(&slg("ក្រុមដាំបន្លែគ្រួស"), now()).unwrap();
        let b = store.save_slg(&slg("ក្រុមចិញ្ចឹមមាន់"), now()).unwrap();
        let h = store
            .save_household(&household("សុខ ចាន់ថា", "Sok Chantha", 1985), now())
            .unwrap();

        assert_eq!(
            store
                .add_slg_member(&a.id, &h.id, now())
                .unwrap()
                .member_count,
            1
        );
        assert_eq!(
            store
                .add_slg_member(&a.id, &h.id, now())
                .unwrap()
                .member_count,
            1,
            "adding twice is harmless"
        );
        let err = store.add_slg_member(&b.id, &h.id, now()).unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::AlreadyInOtherSlg);
        assert_eq!(err.violations()[0].params["slg"], "ក្រុមដាំបន្លែគ្រួស");
        assert_eq!(store.slg(&b.id).unwrap().member_count, 0);

        store.remove_slg_member(&a.id, &h.id, now()).unwrap();
        assert_eq!(
            store
                .add_slg_member(&b.id, &h.id, now())
                .unwrap()
                .member_count,
            1
        );
        let members = HouseholdQuery {
            slg_id: Some(b.id.clone()),
            ..Default::default()
        };
        let page = store.households(&members, now()).unwrap();
        assert_eq!(page.rows[0].slg_name.as_deref(), Some("ក្រុមចិញ្ចឹមមាន់"));
    }

    #[test]
    fn an_slg_sits_in_a_commune_of_the_district() {
        let mut store = store_with_office();
        let mut input = slg("");
        input.village_code = Some("04060601".into());
        input.formed_on = Some("2027-01-01".into());
        input.cew_id = Some("ghost".into());
        let err = store.save_slg(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("name", RuleCode::Required),
                ("villageCode", RuleCode::VillageNotInCommune),
                ("cewId", RuleCode::UnknownRecord),
                ("formedOn", RuleCode::OutOfRange),
            ]
        );
        input.formed_on = Some("1 March".into());
        let err = store.save_slg(&input, now()).unwrap_err();
        assert!(
            err.violations()
                .iter()
                .any(|v| v.rule == RuleCode::InvalidDate)
        );
        assert_eq!(store.slgs(&SlgQuery::default()).unwrap().total, 0);
    }

    #[test]
    fn slgs_are_searched_filtered_and_paged() {
        let mut store = store_with_office();
        for i in 0..30 {
            let mut s = slg(&format!("ក្រុម {i:02} 100%"));
            if i >= 10 {
                s.commune_code = "040606".into();
                s.village_code = None;
            }
            store.save_slg(&s, now()).unwrap();
        }
        let q = SlgQuery {
            commune_code: Some("040606".into()),
            page_size: 15,
            page: 1,
            ..Default::default()
        };
        let page = store.slgs(&q).unwrap();
        assert_eq!((page.total, page.rows.len()), (20, 5));
        let q = SlgQuery {
            search: "0%".into(),
            ..Default::default()
        };
        assert_eq!(store.slgs(&q).unwrap().total, 30, "% is matched literally");
        let q = SlgQuery {
            search: "ក្រុម 2".into(),
            ..Default::default()
        };
        assert_eq!(store.slgs(&q).unwrap().total, 10);
    }
}
