//! Buyers (collectors, wholesalers, retailers …) and input suppliers: the market side
//! of a cluster, invited to forums and party to contracts.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, named_params, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::gazetteer::Place;
use crate::rules::{Checks, NAME_MAX, TEXT_MAX};
use crate::slg::like_pattern;
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(BuyerKind {
    Collector = "collector",
    Wholesaler = "wholesaler",
    Retailer = "retailer",
    Supermarket = "supermarket",
    Exporter = "exporter",
    Processor = "processor",
    InputSupplier = "input_supplier",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Buyer {
    pub id: String,
    pub name: String,
    pub kind: BuyerKind,
    pub contact_person: String,
    pub phone: String,
    /// Where the buyer is, province first, down to whatever depth is known (empty when
    /// only a free address is given).
    pub location_path: Vec<Place>,
    pub address: String,
    pub products: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerInput {
    pub id: Option<String>,
    pub name: String,
    pub kind: Option<BuyerKind>,
    pub contact_person: String,
    pub phone: String,
    pub location_code: Option<String>,
    pub address: String,
    pub products: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerQuery {
    pub search: String,
    pub kind: Option<BuyerKind>,
    pub include_archived: bool,
    pub page: u32,
    pub page_size: u32,
}

impl Default for BuyerQuery {
    fn default() -> Self {
        BuyerQuery {
            search: String::new(),
            kind: None,
            include_archived: false,
            page: 0,
            page_size: 50,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BuyerPage {
    pub rows: Vec<Buyer>,
    pub total: u32,
    pub page: u32,
    pub page_size: u32,
}

const BUYER_COLUMNS: &str = "b.id, b.name, b.kind, b.contact_person, b.phone, b.location_code, b.address, b.products, b.archived_at IS NOT NULL";

fn buyer_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Buyer, Option<String>)> {
    let buyer = Buyer {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        contact_person: r.get(3)?,
        phone: r.get(4)?,
        location_path: Vec::new(),
        address: r.get(6)?,
        products: r.get(7)?,
        archived: r.get(8)?,
    };
    Ok((buyer, r.get(5)?))
}

impl Store {
    /// Fills in the place of each buyer's location code (any gazetteer level).
    fn with_locations(&self, rows: Vec<(Buyer, Option<String>)>) -> Result<Vec<Buyer>> {
        rows.into_iter()
            .map(|(mut b, code)| {
                if let Some(code) = code {
                    b.location_path = self.place_path(&code)?;
                }
                Ok(b)
            })
            .collect()
    }

    pub fn buyer(&self, id: &str) -> Result<Buyer> {
        let row = self
            .conn
            .prepare_cached(&format!(
                "SELECT {BUYER_COLUMNS} FROM buyers b WHERE b.id = ?1"
            ))
            .ctx("preparing a buyer read")?
            .query_row([id], buyer_row)
            .optional()
            .ctx("reading a buyer")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "buyer",
                id: id.to_owned(),
            })?;
        Ok(self.with_locations(vec![row])?.remove(0))
    }

    pub fn buyers(&self, query: &BuyerQuery) -> Result<BuyerPage> {
        let page_size = query.page_size.clamp(1, crate::household::PAGE_SIZE_MAX);
        let pattern = like_pattern(&query.search);
        let filter =
            "WHERE (b.name LIKE :pattern ESCAPE '\\' OR b.products LIKE :pattern ESCAPE '\\'
                  OR b.contact_person LIKE :pattern ESCAPE '\\')
              AND (:kind IS NULL OR b.kind = :kind)
              AND (:archived OR b.archived_at IS NULL)";
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM buyers b {filter}"))
            .and_then(|mut s| {
                s.query_row(
                    named_params! {":pattern": pattern, ":kind": query.kind, ":archived": query.include_archived},
                    |r| r.get(0),
                )
            })
            .ctx("counting buyers")?;
        let limit = i64::from(page_size);
        let offset = i64::from(query.page) * limit;
        let sql = format!(
            "SELECT {BUYER_COLUMNS} FROM buyers b {filter} ORDER BY b.name, b.id LIMIT :limit OFFSET :offset"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .ctx("preparing the buyer list")?;
        let rows = stmt
            .query_map(
                named_params! {":pattern": pattern, ":kind": query.kind, ":archived": query.include_archived, ":limit": limit, ":offset": offset},
                buyer_row,
            )
            .ctx("listing buyers")?
            .collect::<Result<Vec<_>, _>>()
            .ctx("reading buyers")?;
        Ok(BuyerPage {
            rows: self.with_locations(rows)?,
            total,
            page: query.page,
            page_size,
        })
    }

    pub fn save_buyer(&mut self, input: &BuyerInput, now: NaiveDateTime) -> Result<Buyer> {
        self.require_office()?;
        let mut c = Checks::default();
        let name = c.required_name("name", &input.name);
        let contact = c.optional_text("contactPerson", &input.contact_person, NAME_MAX);
        let phone = c.optional_phone("phone", &input.phone);
        let kind = c.required_choice("kind", input.kind, BuyerKind::Collector);
        let address = c.optional_text("address", &input.address, TEXT_MAX);
        let products = c.optional_text("products", &input.products, TEXT_MAX);
        let location = input.location_code.as_deref().filter(|v| !v.is_empty());
        if let Some(code) = location
            && self.place(code)?.is_none()
        {
            c.push(Violation::new("locationCode", RuleCode::UnknownPlace));
        }
        if let Some(id) = &input.id {
            self.buyer(id)?;
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.conn
            .execute(
                "INSERT INTO buyers (id, name, kind, contact_person, phone, location_code, address, products, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                     contact_person = excluded.contact_person, phone = excluded.phone,
                     location_code = excluded.location_code, address = excluded.address,
                     products = excluded.products, updated_at = excluded.updated_at",
                params![id, name, kind, contact, phone, location, address, products, stamp(now)],
            )
            .ctx("saving a buyer")?;
        self.buyer(&id)
    }

    pub fn set_buyer_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Buyer> {
        self.set_archived("buyers", id, archived, now)?;
        self.buyer(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{now, store_with_office};

    fn wholesaler(name: &str, location: Option<&str>) -> BuyerInput {
        BuyerInput {
            id: None,
            name: name.into(),
            kind: Some(BuyerKind::Wholesaler),
            contact_person: "លោក ហេង".into(),
            phone: "011 222 333".into(),
            location_code: location.map(Into::into),
            address: "ផ្សារកំពង់ឆ្នាំង".into(),
            products: "ត្រសក់, ស្ពៃ".into(),
        }
    }

    #[test]
    fn a_buyer_is_located_at_any_depth_of_the_gazetteer() {
        let mut store = store_with_office();
        let b = store
            .save_buyer(&wholesaler("ឈ្មួញ ស៊ីម", Some("04")), now())
            .unwrap();
        let names = |b: &Buyer| {
            b.location_path
                .iter()
                .map(|p| p.name_en.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&b), ["Kampong Chhnang"]);
        let v = store
            .save_buyer(&wholesaler("ផ្សារ", Some("04061001")), now())
            .unwrap();
        assert_eq!(
            names(&v),
            ["Kampong Chhnang", "Rolea B'ier", "Rolea B'ier", "Kruos"]
        );
        let err = store
            .save_buyer(&wholesaler("x", Some("0499")), now())
            .unwrap_err();
        assert_eq!(err.violations()[0].rule, RuleCode::UnknownPlace);
    }

    #[test]
    fn buyers_are_found_by_name_or_product_and_kind() {
        let mut store = store_with_office();
        store.save_buyer(&wholesaler("ឈ្មួញ ស៊ីម", None), now()).unwrap();
        let mut supplier = wholesaler("ហាងជី សុខា", None);
        supplier.kind = Some(BuyerKind::InputSupplier);
        supplier.products = "ជី, គ្រាប់ពូជ".into();
        store.save_buyer(&supplier, now()).unwrap();
        let found = |q: BuyerQuery| {
            store
                .buyers(&q)
                .unwrap()
                .rows
                .into_iter()
                .map(|b| b.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(BuyerQuery {
                search: "ត្រសក់".into(),
                ..Default::default()
            }),
            ["ឈ្មួញ ស៊ីម"]
        );
        assert_eq!(
            found(BuyerQuery {
                kind: Some(BuyerKind::InputSupplier),
                ..Default::default()
            }),
            ["ហាងជី សុខា"]
        );
    }
}
