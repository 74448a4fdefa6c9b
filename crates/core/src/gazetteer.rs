//! Cambodia's administrative gazetteer (MEF 2025): provinces, districts, communes and
//! villages, embedded in the program and loaded into the database on first start.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result};
use crate::store::Store;

const PROVINCES: &str = include_str!("../../../assets/gazetteer/CambodiaProvinceList2025.csv");
const DISTRICTS: &str = include_str!("../../../assets/gazetteer/CambodiaDistrictList2025.csv");
const COMMUNES: &str = include_str!("../../../assets/gazetteer/CambodiaCommuneList2025.csv");
const VILLAGES: &str = include_str!("../../../assets/gazetteer/CambodiaVillagesList2025.csv");

/// A place of any level, named in both languages; the UI shows the one it speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub code: String,
    pub name_km: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GazetteerCounts {
    pub provinces: u32,
    pub districts: u32,
    pub communes: u32,
    pub villages: u32,
}

/// The level of a gazetteer code, read from its length (codes nest: 04, 0406, 040610,
/// 04061001). A village's code is its key (see [`village_keys`]), which may carry a
/// `/name` suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Province,
    District,
    Commune,
    Village,
}

impl Level {
    pub fn of(code: &str) -> Option<Level> {
        let (official, suffix) = match code.split_once('/') {
            Some((official, name)) => (official, Some(name)),
            None => (code, None),
        };
        if !official.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return None;
        }
        match (official.len(), suffix) {
            (2, None) => Some(Level::Province),
            (4, None) => Some(Level::District),
            (6, None) => Some(Level::Commune),
            (8, _) => Some(Level::Village),
            _ => None,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Level::Province => "provinces",
            Level::District => "districts",
            Level::Commune => "communes",
            Level::Village => "villages",
        }
    }
}

/// The parent code of a district or commune code (`040610` → `0406`), by the nesting of
/// codes. Not for villages: 43 published village codes do not start with their commune's
/// code, so a village's commune is read from the `villages` table ([`Store::village_commune`]).
pub fn parent_code(code: &str) -> Option<&str> {
    match Level::of(code)? {
        Level::District | Level::Commune => code.get(..code.len() - 2),
        Level::Province | Level::Village => None,
    }
}

/// A unique key for each village row. The published list gives 26 codes to more than one
/// village (80 rows, e.g. `0506140-` for nine villages of one commune); such a village's
/// key is `code/Latin name`, every other village's key is its code. Keys are stable for
/// a given publication of the list.
pub fn village_keys(rows: &[(String, String)]) -> Vec<String> {
    let mut count = std::collections::HashMap::new();
    for (code, _) in rows {
        *count.entry(code.as_str()).or_insert(0u32) += 1;
    }
    rows.iter()
        .map(|(code, name_en)| match count.get(code.as_str()) {
            Some(1) => code.clone(),
            _ => format!("{code}/{name_en}"),
        })
        .collect()
}

pub(crate) fn ensure_loaded(conn: &mut Connection) -> Result<()> {
    let loaded: u32 = conn
        .query_row("SELECT count(*) FROM villages", [], |r| r.get(0))
        .ctx("counting villages")?;
    if loaded > 0 {
        return Ok(());
    }
    let tx = conn.savepoint().ctx("starting the gazetteer load")?;
    load(&tx, PROVINCES, "provinces", &[0], 1)?;
    load(&tx, DISTRICTS, "districts", &[1, 0], 2)?;
    load(&tx, COMMUNES, "communes", &[2, 1], 3)?;
    load(&tx, VILLAGES, "villages", &[3, 2], 4)?;
    tx.commit().ctx("committing the gazetteer")
}

/// Inserts one CSV: `keys` are the columns of the code and (for all but provinces) the
/// parent code; the two name columns follow the code at `name_at` and `name_at + 1`.
fn load(
    conn: &Connection,
    csv_text: &str,
    table: &'static str,
    keys: &[usize],
    name_at: usize,
) -> Result<()> {
    let bad = |detail: String| CoreError::Data {
        what: "the embedded gazetteer",
        detail,
    };
    let text = csv_text.trim_start_matches('\u{FEFF}');
    let mut rows: Vec<[String; 4]> = Vec::new();
    for record in csv::Reader::from_reader(text.as_bytes()).records() {
        let record = record.map_err(|e| bad(e.to_string()))?;
        let field = |i: usize| {
            record
                .get(i)
                .map(|s| s.trim().to_owned())
                .ok_or_else(|| bad(format!("{table}: a row lacks column {i}")))
        };
        let parent = match keys.get(1) {
            Some(&p) => field(p)?,
            None => String::new(),
        };
        rows.push([
            field(keys[0])?,
            parent,
            field(name_at)?,
            field(name_at + 1)?,
        ]);
    }
    if table == "villages" {
        let pairs: Vec<_> = rows.iter().map(|r| (r[0].clone(), r[3].clone())).collect();
        for (row, key) in rows.iter_mut().zip(village_keys(&pairs)) {
            row[0] = key;
        }
    }
    let sql = match table {
        "provinces" => {
            "INSERT INTO provinces (code, name_km, name_en) VALUES (?1, ?3, ?4)".to_owned()
        }
        _ => {
            let parent = match table {
                "districts" => "province_code",
                "communes" => "district_code",
                _ => "commune_code",
            };
            format!(
                "INSERT INTO {table} (code, {parent}, name_km, name_en) VALUES (?1, ?2, ?3, ?4)"
            )
        }
    };
    let mut insert = conn.prepare(&sql).ctx("preparing the gazetteer insert")?;
    for [code, parent, km, en] in &rows {
        // Provinces have no parent: their statement skips ?2.
        insert
            .execute(params![code, parent, km, en])
            .ctx("inserting a gazetteer row")?;
    }
    Ok(())
}

impl Store {
    pub fn gazetteer_counts(&self) -> Result<GazetteerCounts> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM provinces), (SELECT count(*) FROM districts),
                        (SELECT count(*) FROM communes), (SELECT count(*) FROM villages)",
                [],
                |r| {
                    Ok(GazetteerCounts {
                        provinces: r.get(0)?,
                        districts: r.get(1)?,
                        communes: r.get(2)?,
                        villages: r.get(3)?,
                    })
                },
            )
            .ctx("counting the gazetteer")
    }

    pub fn provinces(&self) -> Result<Vec<Place>> {
        self.places(
            "SELECT code, name_km, name_en FROM provinces ORDER BY code",
            [],
        )
    }

    pub fn districts(&self, province_code: &str) -> Result<Vec<Place>> {
        self.places(
            "SELECT code, name_km, name_en FROM districts WHERE province_code = ?1 ORDER BY code",
            [province_code],
        )
    }

    pub fn communes(&self, district_code: &str) -> Result<Vec<Place>> {
        self.places(
            "SELECT code, name_km, name_en FROM communes WHERE district_code = ?1 ORDER BY code",
            [district_code],
        )
    }

    pub fn villages(&self, commune_code: &str) -> Result<Vec<Place>> {
        self.places(
            "SELECT code, name_km, name_en FROM villages WHERE commune_code = ?1 ORDER BY code",
            [commune_code],
        )
    }

    fn places<P: rusqlite::Params>(&self, sql: &str, params: P) -> Result<Vec<Place>> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .ctx("preparing a place list")?;
        let rows = stmt.query_map(params, place_row).ctx("listing places")?;
        rows.collect::<Result<Vec<_>, _>>().ctx("reading places")
    }

    /// The commune a village (by key) belongs to, if the village exists.
    pub fn village_commune(&self, village: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT commune_code FROM villages WHERE code = ?1")
            .ctx("preparing a village lookup")?
            .query_row([village], |r| r.get(0))
            .optional()
            .ctx("looking up a village")
    }

    /// A place and the places above it, province first (`[]` for an unknown code). A
    /// village's commune comes from the table, not from its code.
    pub fn place_path(&self, code: &str) -> Result<Vec<Place>> {
        let mut path = Vec::new();
        let mut next = Some(code.to_owned());
        while let Some(code) = next {
            let Some(place) = self.place(&code)? else {
                break;
            };
            next = match Level::of(&code) {
                Some(Level::Village) => self.village_commune(&code)?,
                _ => parent_code(&code).map(str::to_owned),
            };
            path.push(place);
        }
        path.reverse();
        Ok(path)
    }

    /// The place with this code at whatever level the code names, if it exists.
    pub fn place(&self, code: &str) -> Result<Option<Place>> {
        let Some(level) = Level::of(code) else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT code, name_km, name_en FROM {} WHERE code = ?1",
            level.table()
        );
        self.conn
            .prepare_cached(&sql)
            .ctx("preparing a place lookup")?
            .query_row([code], place_row)
            .optional()
            .ctx("looking up a place")
    }
}

pub(crate) fn place_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Place> {
    Ok(Place {
        code: r.get(0)?,
        name_km: r.get(1)?,
        name_en: r.get(2)?,
    })
}

/// Reads a place from three consecutive columns starting at `at`; `None` when the code
/// column is NULL (an optional link).
pub(crate) fn optional_place_at(
    r: &rusqlite::Row<'_>,
    at: usize,
) -> rusqlite::Result<Option<Place>> {
    let code: Option<String> = r.get(at)?;
    Ok(match code {
        Some(code) => Some(Place {
            code,
            name_km: r.get(at + 1)?,
            name_en: r.get(at + 2)?,
        }),
        None => None,
    })
}

pub(crate) fn place_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Place> {
    Ok(Place {
        code: r.get(at)?,
        name_km: r.get(at + 1)?,
        name_en: r.get(at + 2)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_gazetteer_loads_once() {
        let store = Store::open_in_memory().unwrap();
        let counts = store.gazetteer_counts().unwrap();
        assert_eq!(
            counts,
            GazetteerCounts {
                provinces: 25,
                districts: 210,
                communes: 1661,
                villages: 14576
            }
        );
        let mut conn = store.conn;
        ensure_loaded(&mut conn).unwrap();
        let villages: u32 = conn
            .query_row("SELECT count(*) FROM villages", [], |r| r.get(0))
            .unwrap();
        assert_eq!(villages, 14576, "a second start must not load twice");
    }

    #[test]
    fn villages_that_share_a_published_code_each_get_a_key() {
        let store = Store::open_in_memory().unwrap();
        let a = store.villages("021404").unwrap();
        let b = store.villages("021405").unwrap();
        let mukh = a.iter().find(|v| v.name_en == "Mukh Rea Pir").unwrap();
        let kaoh = b.iter().find(|v| v.name_en == "Kaoh Thum").unwrap();
        assert_eq!(mukh.code, "02140401/Mukh Rea Pir");
        assert_eq!(kaoh.code, "02140401/Kaoh Thum");
        assert_eq!(
            store.village_commune(&kaoh.code).unwrap().as_deref(),
            Some("021405")
        );
        assert_eq!(store.place(&kaoh.code).unwrap().unwrap().name_km, "កោះធំ");
        assert_eq!(
            store
                .villages("050614")
                .unwrap()
                .iter()
                .filter(|v| v.code.starts_with("0506140-/"))
                .count(),
            9
        );
        assert_eq!(Level::of("0506140-/Pring"), Some(Level::Village));
        let path: Vec<_> = store
            .place_path(&kaoh.code)
            .unwrap()
            .into_iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(
            path,
            ["02", "0214", "021405", "02140401/Kaoh Thum"],
            "the table's commune, not the code's"
        );
        assert_eq!(parent_code("040610"), Some("0406"));
        assert_eq!(parent_code("04061001"), None);
    }

    #[test]
    fn cascading_lists_follow_the_codes() {
        let store = Store::open_in_memory().unwrap();
        let districts = store.districts("04").unwrap();
        let rolea = districts.iter().find(|d| d.code == "0406").unwrap();
        assert_eq!(rolea.name_km, "រលាប្អៀរ");
        assert_eq!(rolea.name_en, "Rolea B'ier");
        let communes = store.communes("0406").unwrap();
        assert_eq!(communes.len(), 14);
        assert!(communes.iter().all(|c| c.code.starts_with("0406")));
        let villages = store.villages("040610").unwrap();
        assert!(!villages.is_empty());
        assert!(villages.iter().all(|v| v.code.starts_with("040610")));
        assert_eq!(
            store.village_commune("04061001").unwrap().as_deref(),
            Some("040610")
        );
        assert_eq!(store.place("0406").unwrap().unwrap().name_en, "Rolea B'ier");
        assert_eq!(store.place("9999").unwrap(), None);
        assert_eq!(store.place("04x6").unwrap(), None);
    }
}
