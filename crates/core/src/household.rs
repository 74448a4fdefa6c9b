//! The household register: member households of the SLGs, searchable in Khmer or
//! Latin at national size (144,000 rows).

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, ToSql, named_params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::{Place, place_at};
use crate::people::{IdPoor, Sex};
use crate::rules::{self, Checks, HOUSEHOLD_SIZE_MAX, NAME_MAX};
use crate::settings::Settings;
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Household {
    pub id: String,
    pub head_name_km: String,
    pub head_name_latin: String,
    pub sex: Sex,
    pub birth_year: i32,
    /// Derived from the birth year and today's year; never stored.
    pub age: i32,
    /// Derived from the age and the office's youth range.
    pub is_youth: bool,
    pub size: u32,
    pub women: u32,
    pub village: Place,
    pub commune: Place,
    pub phone: String,
    pub id_card: String,
    pub id_poor: IdPoor,
    pub indigenous: bool,
    pub slg_id: Option<String>,
    pub slg_name: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdInput {
    pub id: Option<String>,
    pub head_name_km: String,
    pub head_name_latin: String,
    pub sex: Option<Sex>,
    /// Numbers are optional and signed so that an empty or negative entry reaches the
    /// rules and gets their message, instead of failing to parse.
    pub birth_year: Option<i32>,
    pub size: Option<i32>,
    pub women: Option<i32>,
    pub village_code: String,
    pub phone: String,
    pub id_card: String,
    pub id_poor: IdPoor,
    pub indigenous: bool,
}

text_enum!(HouseholdSort {
    Name = "name",
    NameLatin = "name_latin",
    Village = "village",
    BirthYear = "birth_year",
    Recent = "recent",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdQuery {
    pub search: String,
    pub commune_code: Option<String>,
    pub village_code: Option<String>,
    pub slg_id: Option<String>,
    pub include_archived: bool,
    pub sort: HouseholdSort,
    /// 0-based.
    pub page: u32,
    pub page_size: u32,
}

impl Default for HouseholdQuery {
    fn default() -> Self {
        HouseholdQuery {
            search: String::new(),
            commune_code: None,
            village_code: None,
            slg_id: None,
            include_archived: false,
            sort: HouseholdSort::Name,
            page: 0,
            page_size: 50,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdPage {
    pub rows: Vec<Household>,
    pub total: u32,
    pub page: u32,
    pub page_size: u32,
}

pub const PAGE_SIZE_MAX: u32 = 500;

const HOUSEHOLD_COLUMNS: &str = "h.id, h.head_name_km, h.head_name_latin, h.sex, h.birth_year,
        h.size, h.women, v.code, v.name_km, v.name_en, c.code, c.name_km, c.name_en,
        h.phone, h.id_card, h.idpoor, h.indigenous, h.slg_id, s.name, h.archived_at IS NOT NULL";

const HOUSEHOLD_JOINS: &str = "JOIN villages v ON v.code = h.village_code
        JOIN communes c ON c.code = h.commune_code
        LEFT JOIN slgs s ON s.id = h.slg_id";

/// A head of household's age this year and whether it counts as youth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgeVerdict {
    pub age: i32,
    pub is_youth: bool,
}

pub fn age_verdict(birth_year: i32, year: i32, settings: &Settings) -> AgeVerdict {
    let age = rules::age(birth_year, year);
    AgeVerdict {
        age,
        is_youth: settings.is_youth(age),
    }
}

/// Reads a row of `HOUSEHOLD_COLUMNS`, deriving age and youth for `year`.
fn household_row(
    r: &rusqlite::Row<'_>,
    year: i32,
    settings: &Settings,
) -> rusqlite::Result<Household> {
    let birth_year: i32 = r.get(4)?;
    let AgeVerdict { age, is_youth } = age_verdict(birth_year, year, settings);
    Ok(Household {
        id: r.get(0)?,
        head_name_km: r.get(1)?,
        head_name_latin: r.get(2)?,
        sex: r.get(3)?,
        birth_year,
        age,
        is_youth,
        size: r.get(5)?,
        women: r.get(6)?,
        village: place_at(r, 7)?,
        commune: place_at(r, 10)?,
        phone: r.get(13)?,
        id_card: r.get(14)?,
        id_poor: r.get(15)?,
        indigenous: r.get(16)?,
        slg_id: r.get(17)?,
        slg_name: r.get(18)?,
        archived: r.get(19)?,
    })
}

/// An FTS5 query matching every typed word as a prefix, in any of the indexed columns.
/// Digits-only input is read as a phone or ID card number (spaces and +855 allowed).
fn fts_query(search: &str) -> Option<String> {
    let search = rules::clean(&rules::ascii_digits(search));
    if search.is_empty() {
        return None;
    }
    let phone_like = search
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.".contains(c))
        && search.chars().any(|c| c.is_ascii_digit());
    if phone_like {
        let mut digits: String = search.chars().filter(char::is_ascii_digit).collect();
        if let Some(rest) = digits.strip_prefix("855") {
            digits = format!("0{}", rest.trim_start_matches('0'));
        }
        return Some(format!("{{phone id_card}} : \"{digits}\"*"));
    }
    let terms: Vec<String> = search
        .split_whitespace()
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect();
    Some(terms.join(" "))
}

/// A household input after its rules passed: names trimmed, phone normalised, commune
/// taken from the village code.
struct CheckedHousehold {
    id: String,
    is_new: bool,
    sex: Sex,
    birth_year: i32,
    size: i32,
    women: i32,
    name_km: String,
    name_latin: String,
    commune_code: String,
    phone: String,
    id_card: String,
}

/// Checks one household against the register rules. `conn` may be inside a bulk
/// transaction: the duplicate check then sees the rows of the batch already written.
/// The outer `Result` is the database failing; the inner one is the verdict.
fn check_household(
    conn: &Connection,
    input: &HouseholdInput,
    year: i32,
) -> Result<Result<CheckedHousehold, Vec<Violation>>> {
    let mut c = Checks::default();
    let name_km = c.required_name("headNameKm", &input.head_name_km);
    let name_latin = c.optional_text("headNameLatin", &input.head_name_latin, NAME_MAX);
    let sex = c.required_choice("sex", input.sex, Sex::Female);
    let birth_year = c.required_number("birthYear", input.birth_year);
    if input.birth_year.is_some() {
        c.birth_year("birthYear", birth_year, year);
    }
    let size = c.required_number("size", input.size);
    if input.size.is_some() {
        c.range("size", size.into(), 1, HOUSEHOLD_SIZE_MAX.into());
    }
    let women = c.required_number("women", input.women);
    if input.women.is_some() {
        if women < 0 {
            c.range("women", women.into(), 0, size.max(0).into());
        } else if input.size.is_some() && women > size {
            c.push(Violation::new("women", RuleCode::WomenExceedSize).with("size", size));
        }
    }
    let phone = c.optional_phone("phone", &input.phone);
    let id_card = c.optional_text("idCard", &rules::ascii_digits(&input.id_card), 20);
    let commune_code: Option<String> = conn
        .prepare_cached("SELECT commune_code FROM villages WHERE code = ?1")
        .and_then(|mut s| s.query_row([&input.village_code], |r| r.get(0)).optional())
        .ctx("looking up a village")?;
    if commune_code.is_none() {
        c.unknown_place("villageCode", &input.village_code);
    }
    let is_new = match &input.id {
        None => true,
        Some(id) => {
            let exists = conn
                .prepare_cached("SELECT 1 FROM households WHERE id = ?1")
                .and_then(|mut s| s.exists([id]))
                .ctx("looking up a household")?;
            if !exists {
                c.push(Violation::new("id", RuleCode::UnknownRecord));
            }
            false
        }
    };
    let id = input.id.clone().unwrap_or_else(new_id);
    if c.violations.is_empty() {
        let twin: Option<(String, String)> = conn
            .prepare_cached(
                "SELECT head_name_km, head_name_latin FROM households
                 WHERE village_code = ?1 AND birth_year = ?2 AND archived_at IS NULL AND id <> ?3
                   AND (head_name_km = ?4 OR (?5 <> '' AND lower(head_name_latin) = lower(?5)))
                 LIMIT 1",
            )
            .and_then(|mut s| {
                s.query_row(
                    (
                        &input.village_code,
                        input.birth_year,
                        &id,
                        &name_km,
                        &name_latin,
                    ),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
            })
            .ctx("looking for a likely duplicate")?;
        if let Some((km, latin)) = twin {
            c.push(
                Violation::new("headNameKm", RuleCode::LikelyDuplicate)
                    .with("name", km)
                    .with("nameLatin", latin)
                    .with("year", birth_year),
            );
        }
    }
    if !c.violations.is_empty() {
        return Ok(Err(c.violations));
    }
    Ok(Ok(CheckedHousehold {
        id,
        is_new,
        sex,
        birth_year,
        size,
        women,
        name_km,
        name_latin,
        commune_code: commune_code.unwrap_or_default(),
        phone,
        id_card,
    }))
}

fn write_household(
    conn: &Connection,
    input: &HouseholdInput,
    h: &CheckedHousehold,
    slg_id: Option<&str>,
    now: NaiveDateTime,
) -> Result<()> {
    let at = stamp(now);
    if h.is_new {
        conn.prepare_cached(
            "INSERT INTO households (id, head_name_km, head_name_latin, sex, birth_year, size, women,
                 village_code, commune_code, phone, id_card, idpoor, indigenous, slg_id, created_at, updated_at)
             VALUES (:id, :km, :latin, :sex, :year, :size, :women, :village, :commune, :phone, :card,
                 :idpoor, :indigenous, :slg, :at, :at)",
        )
        .and_then(|mut s| {
            s.execute(named_params! {
                ":id": h.id, ":km": h.name_km, ":latin": h.name_latin, ":sex": h.sex,
                ":year": h.birth_year, ":size": h.size, ":women": h.women,
                ":village": input.village_code, ":commune": h.commune_code, ":phone": h.phone,
                ":card": h.id_card, ":idpoor": input.id_poor, ":indigenous": input.indigenous,
                ":slg": slg_id, ":at": at,
            })
        })
        .ctx("adding a household")?;
    } else {
        conn.prepare_cached(
            "UPDATE households SET head_name_km = :km, head_name_latin = :latin, sex = :sex,
                 birth_year = :year, size = :size, women = :women, village_code = :village,
                 commune_code = :commune, phone = :phone, id_card = :card, idpoor = :idpoor,
                 indigenous = :indigenous, updated_at = :at
             WHERE id = :id",
        )
        .and_then(|mut s| {
            s.execute(named_params! {
                ":id": h.id, ":km": h.name_km, ":latin": h.name_latin, ":sex": h.sex,
                ":year": h.birth_year, ":size": h.size, ":women": h.women,
                ":village": input.village_code, ":commune": h.commune_code, ":phone": h.phone,
                ":card": h.id_card, ":idpoor": input.id_poor, ":indigenous": input.indigenous,
                ":at": at,
            })
        })
        .ctx("changing a household")?;
    }
    Ok(())
}

impl Store {
    /// What the household form shows while the officer types a birth year; nothing for
    /// a year no head of household can have (the form then shows the rule's message).
    pub fn age_verdict(&self, birth_year: i32, now: NaiveDateTime) -> Result<Option<AgeVerdict>> {
        let mut c = Checks::default();
        c.birth_year("birthYear", birth_year, now.year());
        if !c.violations.is_empty() {
            return Ok(None);
        }
        Ok(Some(age_verdict(birth_year, now.year(), &self.settings()?)))
    }

    pub fn household(&self, id: &str, now: NaiveDateTime) -> Result<Household> {
        let settings = self.settings()?;
        let sql = format!(
            "SELECT {HOUSEHOLD_COLUMNS} FROM households h {HOUSEHOLD_JOINS} WHERE h.id = ?1"
        );
        self.conn
            .prepare_cached(&sql)
            .ctx("preparing a household read")?
            .query_row([id], |r| household_row(r, now.year(), &settings))
            .optional()
            .ctx("reading a household")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "household",
                id: id.to_owned(),
            })
    }

    pub fn save_household(
        &mut self,
        input: &HouseholdInput,
        now: NaiveDateTime,
    ) -> Result<Household> {
        self.require_office()?;
        let checked =
            check_household(&self.conn, input, now.year())?.map_err(CoreError::Invalid)?;
        write_household(&self.conn, input, &checked, None, now)?;
        self.household(&checked.id, now)
    }

    /// Adds many households in one transaction, each optionally straight into an SLG
    /// (demo district, imports, benchmarks). All or nothing: a bad row rolls the whole
    /// batch back and its violations name the row (`"12.phone"`).
    pub fn import_households(
        &mut self,
        rows: &[(HouseholdInput, Option<String>)],
        now: NaiveDateTime,
    ) -> Result<usize> {
        let tx = self.conn.savepoint().ctx("starting a household import")?;
        tx.execute("INSERT INTO bulk_load (active) VALUES (1)", [])
            .ctx("deferring the search index")?;
        let first_new: i64 = tx
            .query_row("SELECT coalesce(max(rowid), 0) FROM households", [], |r| {
                r.get(0)
            })
            .ctx("reading the last household row")?;
        let mut bad = Vec::new();
        for (i, (input, slg)) in rows.iter().enumerate() {
            match check_household(&tx, input, now.year())? {
                Ok(checked) => write_household(&tx, input, &checked, slg.as_deref(), now)?,
                Err(violations) => bad.extend(violations.into_iter().map(|mut v| {
                    v.field = format!("{i}.{}", v.field);
                    v
                })),
            }
        }
        if !bad.is_empty() {
            return Err(CoreError::Invalid(bad));
        }
        // New rows get row ids above every earlier one: index exactly those.
        tx.execute(
            "INSERT INTO households_fts (rowid, head_name_km, head_name_latin, phone, id_card)
             SELECT rowid, head_name_km, head_name_latin, phone, id_card FROM households WHERE rowid > ?1",
            [first_new],
        )
        .ctx("indexing the imported households for search")?;
        tx.execute("DELETE FROM bulk_load", [])
            .ctx("ending the bulk import")?;
        tx.commit().ctx("committing a household import")?;
        Ok(rows.len())
    }

    pub fn set_household_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Household> {
        self.set_archived("households", id, archived, now)?;
        self.household(id, now)
    }

    /// One page of the register for the list screen.
    pub fn households(&self, query: &HouseholdQuery, now: NaiveDateTime) -> Result<HouseholdPage> {
        let page_size = query.page_size.clamp(1, PAGE_SIZE_MAX);
        let limit = i64::from(page_size);
        let mut rows = Vec::with_capacity(page_size as usize);
        let total = self.count_households(query)?;
        let window = Some((limit, i64::from(query.page) * limit));
        self.scan_households(query, now, window, |h| {
            rows.push(h);
            Ok(())
        })?;
        Ok(HouseholdPage {
            rows,
            total,
            page: query.page,
            page_size,
        })
    }

    /// Every household the query selects, in its sort order, one at a time (exports of
    /// a whole province stream instead of holding 144,000 rows). `start` is told the
    /// total first, for progress. The query's paging is ignored.
    pub fn each_household(
        &self,
        query: &HouseholdQuery,
        now: NaiveDateTime,
        start: impl FnOnce(u32),
        each: impl FnMut(Household) -> Result<()>,
    ) -> Result<u32> {
        let total = self.count_households(query)?;
        start(total);
        self.scan_households(query, now, None, each)?;
        Ok(total)
    }

    fn count_households(&self, query: &HouseholdQuery) -> Result<u32> {
        let (filter, fts) = household_filter(query);
        let mut params: Vec<(&str, &dyn ToSql)> = Vec::new();
        bind_household_filter(query, &fts, &mut params);
        self.conn
            .prepare_cached(&format!("SELECT count(*) FROM households h {filter}"))
            .and_then(|mut s| s.query_row(params.as_slice(), |r| r.get(0)))
            .ctx("counting households")
    }

    /// Hands each row of `window` (limit, offset), or of the whole selection, to `each`.
    fn scan_households(
        &self,
        query: &HouseholdQuery,
        now: NaiveDateTime,
        window: Option<(i64, i64)>,
        mut each: impl FnMut(Household) -> Result<()>,
    ) -> Result<()> {
        let settings = self.settings()?;
        let (filter, fts) = household_filter(query);
        let mut params: Vec<(&str, &dyn ToSql)> = Vec::new();
        bind_household_filter(query, &fts, &mut params);
        let order = match query.sort {
            HouseholdSort::Name => "h.head_name_km, h.id",
            HouseholdSort::NameLatin => "h.head_name_latin COLLATE NOCASE, h.id",
            HouseholdSort::Village => "h.village_code, h.head_name_km, h.id",
            HouseholdSort::BirthYear => "h.birth_year, h.head_name_km, h.id",
            // Row ids grow with each insert: newest first without an index on created_at.
            HouseholdSort::Recent => "h.rowid DESC",
        };
        let (limit, offset) = window.unwrap_or((-1, 0));
        params.push((":limit", &limit));
        params.push((":offset", &offset));
        let sql = format!(
            "SELECT {HOUSEHOLD_COLUMNS} FROM households h {HOUSEHOLD_JOINS} {filter}
             ORDER BY {order} LIMIT :limit OFFSET :offset"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .ctx("preparing the household list")?;
        let mut rows = stmt.query(params.as_slice()).ctx("listing households")?;
        while let Some(row) = rows.next().ctx("reading households")? {
            each(household_row(row, now.year(), &settings).ctx("reading a household")?)?;
        }
        Ok(())
    }
}

/// The WHERE clause of a household query (built from fixed fragments only) and its
/// full-text search expression.
fn household_filter(query: &HouseholdQuery) -> (String, Option<String>) {
    let fts = fts_query(&query.search);
    let mut filters: Vec<&str> = Vec::new();
    if fts.is_some() {
        // As a set of row ids, the search combines with whichever index serves the
        // other filters and the sort (a commune's few hundred rows, or the name order).
        filters.push(
            "h.rowid IN (SELECT rowid FROM households_fts WHERE households_fts MATCH :match)",
        );
    }
    for (value, clause) in [
        (&query.commune_code, "h.commune_code = :commune"),
        (&query.village_code, "h.village_code = :village"),
        (&query.slg_id, "h.slg_id = :slg"),
    ] {
        if value.as_ref().is_some_and(|v| !v.is_empty()) {
            filters.push(clause);
        }
    }
    if !query.include_archived {
        filters.push("h.archived_at IS NULL");
    }
    let filter = if filters.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", filters.join(" AND "))
    };
    (filter, fts)
}

/// The named parameters `household_filter`'s clause uses.
fn bind_household_filter<'a>(
    query: &'a HouseholdQuery,
    fts: &'a Option<String>,
    params: &mut Vec<(&'a str, &'a dyn ToSql)>,
) {
    if let Some(m) = fts {
        params.push((":match", m));
    }
    for (value, name) in [
        (&query.commune_code, ":commune"),
        (&query.village_code, ":village"),
        (&query.slg_id, ":slg"),
    ] {
        if let Some(v) = value.as_ref().filter(|v| !v.is_empty()) {
            params.push((name, v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{broken, household, now, store_with_office};

    fn search(store: &Store, text: &str) -> Vec<String> {
        let q = HouseholdQuery {
            search: text.into(),
            ..Default::default()
        };
        store
            .households(&q, now())
            .unwrap()
            .rows
            .into_iter()
            .map(|h| h.head_name_latin)
            .collect()
    }

    #[test]
    fn a_household_is_found_by_khmer_or_latin_name_or_phone() {
        let mut store = store_with_office();
        store
            .save_household(&household("សុខ ចាន់ថា", "Sok Chantha", 1985), now())
            .unwrap();
        let mut other = household("ស្រី ពៅ", "Srey Pov", 1999);
        other.phone = "097 111 2222".into();
        store.save_household(&other, now()).unwrap();

        assert_eq!(search(&store, "ចាន់"), ["Sok Chantha"], "a whole Khmer word");
        assert_eq!(search(&store, "ចា"), ["Sok Chantha"], "a Khmer word prefix");
        assert_eq!(
            search(&store, "ស្រី"),
            ["Srey Pov"],
            "a word with a subscript"
        );
        assert_eq!(search(&store, "chan"), ["Sok Chantha"], "Latin, any case");
        assert_eq!(
            search(&store, "097 111"),
            ["Srey Pov"],
            "phone digits with spaces"
        );
        assert_eq!(
            search(&store, "+855 97"),
            ["Srey Pov"],
            "phone in international form"
        );
        assert!(search(&store, "Dara").is_empty());
        assert_eq!(
            search(&store, "\"").len(),
            0,
            "a stray quote is not an FTS syntax error"
        );
    }

    #[test]
    fn age_and_youth_are_derived_from_the_birth_year() {
        let mut store = store_with_office();
        let young = store
            .save_household(&household("ចាន់ ធីតា", "Chan Thida", 2000), now())
            .unwrap();
        assert_eq!((young.age, young.is_youth), (26, true));
        let old = store
            .save_household(&household("ហេង សុភា", "Heng Sophea", 1970), now())
            .unwrap();
        assert_eq!((old.age, old.is_youth), (56, false));
        let typed = |year| store.age_verdict(year, now()).unwrap();
        assert_eq!(
            typed(1996),
            Some(AgeVerdict {
                age: 30,
                is_youth: true
            })
        );
        assert_eq!(
            typed(1995),
            Some(AgeVerdict {
                age: 31,
                is_youth: false
            })
        );
        assert_eq!(typed(199), None, "a year still being typed says nothing");
        assert_eq!(young.commune.code, "040610");
        assert_eq!(young.phone, "012345678");
    }

    #[test]
    fn bad_input_names_every_field_and_saves_nothing() {
        let mut store = store_with_office();
        let mut bad = household("", "Sok", 2024);
        bad.size = Some(3);
        bad.women = Some(4);
        bad.phone = "12-34".into();
        bad.village_code = "04069999".into();
        let err = store.save_household(&bad, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("headNameKm", RuleCode::Required),
                ("birthYear", RuleCode::YearOutOfRange),
                ("women", RuleCode::WomenExceedSize),
                ("phone", RuleCode::PhoneMalformed),
                ("villageCode", RuleCode::UnknownPlace),
            ]
        );
        assert_eq!(
            store
                .households(&HouseholdQuery::default(), now())
                .unwrap()
                .total,
            0
        );
    }

    #[test]
    fn empty_choices_and_negative_numbers_get_the_rules_messages() {
        let mut store = store_with_office();
        let mut h = household("សុខ ចាន់ថា", "Sok Chantha", 1985);
        h.sex = None;
        h.village_code = String::new();
        h.birth_year = None;
        h.size = Some(-2);
        h.women = Some(-1);
        let err = store.save_household(&h, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("sex", RuleCode::Required),
                ("birthYear", RuleCode::Required),
                ("size", RuleCode::OutOfRange),
                ("women", RuleCode::OutOfRange),
                ("villageCode", RuleCode::Required)
            ]
        );
    }

    #[test]
    fn a_likely_duplicate_is_refused_but_an_edit_of_itself_is_not() {
        let mut store = store_with_office();
        let first = store
            .save_household(&household("សុខ ចាន់ថា", "Sok Chantha", 1985), now())
            .unwrap();
        let err = store
            .save_household(&household("សុខ ចាន់ថា", "", 1985), now())
            .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::LikelyDuplicate);
        let err = store
            .save_household(&household("សុខ ចាន់ថា ", "sok chantha", 1985), now())
            .unwrap_err();
        assert_eq!(err.violations()[0].params["name"], "សុខ ចាន់ថា");
        // Same name, another year: a different person.
        store
            .save_household(&household("សុខ ចាន់ថា", "Sok Chantha", 1990), now())
            .unwrap();
        let mut edit = household("សុខ ចាន់ថា", "Sok Chantha", 1985);
        edit.id = Some(first.id.clone());
        edit.size = Some(7);
        assert_eq!(store.save_household(&edit, now()).unwrap().size, 7);
    }

    #[test]
    fn lists_filter_sort_and_page() {
        let mut store = store_with_office();
        let rows: Vec<_> = (0..120)
            .map(|i| {
                let mut h = household(
                    &format!("សុខ {i:03}"),
                    &format!("Sok {i:03}"),
                    1960 + (i % 40),
                );
                if i % 2 == 1 {
                    h.village_code = "04060601".into();
                }
                (h, None)
            })
            .collect();
        store.import_households(&rows, now()).unwrap();
        let q = HouseholdQuery {
            commune_code: Some("040606".into()),
            page: 1,
            page_size: 25,
            sort: HouseholdSort::NameLatin,
            ..Default::default()
        };
        let page = store.households(&q, now()).unwrap();
        assert_eq!(page.total, 60);
        assert_eq!(page.rows.len(), 25);
        assert_eq!(
            page.rows[0].head_name_latin, "Sok 051",
            "page 2 starts at the 26th odd row"
        );
        assert!(page.rows.iter().all(|h| h.commune.code == "040606"));

        let first = &page.rows[0];
        store
            .set_household_archived(&first.id, true, now())
            .unwrap();
        let page = store.households(&q, now()).unwrap();
        assert_eq!(page.total, 59, "archived households leave the list");
        let all = HouseholdQuery {
            include_archived: true,
            ..q
        };
        assert_eq!(
            store.households(&all, now()).unwrap().total,
            60,
            "but are kept"
        );
    }

    #[test]
    fn imported_households_are_searchable_and_later_saves_still_index() {
        let mut store = store_with_office();
        store
            .save_household(&household("ហេង សុភា", "Heng Sophea", 1970), now())
            .unwrap();
        let rows = vec![
            (household("សុខ ចាន់ថា", "Sok Chantha", 1985), None),
            (household("ស្រី ពៅ", "Srey Pov", 1999), None),
        ];
        store.import_households(&rows, now()).unwrap();
        store
            .save_household(&household("ចាន់ ធីតា", "Chan Thida", 2000), now())
            .unwrap();
        assert_eq!(search(&store, "Sok"), ["Sok Chantha"]);
        assert_eq!(search(&store, "ពៅ"), ["Srey Pov"]);
        assert_eq!(
            search(&store, "Heng"),
            ["Heng Sophea"],
            "rows before the import stay indexed once"
        );
        assert_eq!(
            search(&store, "Thida"),
            ["Chan Thida"],
            "the trigger is back on after the import"
        );
    }

    #[test]
    fn an_export_streams_the_whole_selection_in_order() {
        let mut store = store_with_office();
        let rows: Vec<_> = (0..120)
            .map(|i| {
                (
                    household(
                        &format!("សុខ {i:03}"),
                        &format!("Sok {i:03}"),
                        1960 + (i % 40),
                    ),
                    None,
                )
            })
            .collect();
        store.import_households(&rows, now()).unwrap();
        let q = HouseholdQuery {
            sort: HouseholdSort::NameLatin,
            page: 3,
            page_size: 10,
            ..Default::default()
        };
        let mut told = 0;
        let mut names = Vec::new();
        let total = store
            .each_household(
                &q,
                now(),
                |t| told = t,
                |h| {
                    names.push(h.head_name_latin);
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(
            (told, total, names.len()),
            (120, 120, 120),
            "paging is ignored"
        );
        assert_eq!(names.first().map(String::as_str), Some("Sok 000"));
        assert_eq!(names.last().map(String::as_str), Some("Sok 119"));
    }

    #[test]
    fn an_import_with_one_bad_row_adds_nothing() {
        let mut store = store_with_office();
        let mut rows = vec![
            (household("ក", "A", 1980), None),
            (household("ខ", "B", 1981), None),
        ];
        rows[1].0.phone = "nope".into();
        let err = store.import_households(&rows, now()).unwrap_err();
        assert_eq!(err.violations()[0].field, "1.phone");
        assert_eq!(
            store
                .households(&HouseholdQuery::default(), now())
                .unwrap()
                .total,
            0
        );
    }
}
