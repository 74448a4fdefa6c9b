//! The product catalogue the whole app shares: what markets ask for, what groups grow,
//! what contracts sell. Seeded with common Cambodian farm products, editable.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::rules::{Checks, clean};
use crate::store::{Store, new_id, stamp};
use crate::text_enum::text_enum;

text_enum!(Category {
    Vegetable = "vegetable",
    Fruit = "fruit",
    Rice = "rice",
    Livestock = "livestock",
    Poultry = "poultry",
    Fish = "fish",
    Processed = "processed",
});

text_enum!(Unit {
    Kg = "kg",
    Tonne = "tonne",
    Head = "head",
    Bunch = "bunch",
    Piece = "piece",
    Dozen = "dozen",
    Litre = "litre",
});

impl Unit {
    /// How many `to` one `self` is, where a conversion exists (mass and counts); a bunch,
    /// a head or a litre converts only to itself.
    pub fn factor_to(self, to: Unit) -> Option<f64> {
        use Unit::*;
        match (self, to) {
            (a, b) if a == b => Some(1.0),
            (Tonne, Kg) => Some(1000.0),
            (Kg, Tonne) => Some(0.001),
            (Dozen, Piece) => Some(12.0),
            (Piece, Dozen) => Some(1.0 / 12.0),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    pub id: String,
    pub name_km: String,
    pub name_en: String,
    pub category: Category,
    /// The unit demand is totalled in and prices are quoted per.
    pub unit: Unit,
    /// Plausible buying prices, whole riel per unit: outside them an interview asks to
    /// confirm.
    pub price_min_khr: i64,
    pub price_max_khr: i64,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProductInput {
    pub id: Option<String>,
    pub name_km: String,
    pub name_en: String,
    pub category: Option<Category>,
    pub unit: Option<Unit>,
    pub price_min_khr: Option<i64>,
    pub price_max_khr: Option<i64>,
}

/// Highest plausible price of anything the catalogue holds (a buffalo): 20 million riel.
pub const PRICE_MAX_KHR: i64 = 20_000_000;

const PRODUCT_SELECT: &str = "SELECT id, name_km, name_en, category, unit, price_min_khr, price_max_khr, archived_at IS NOT NULL FROM products";

fn product_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Product> {
    Ok(Product {
        id: r.get(0)?,
        name_km: r.get(1)?,
        name_en: r.get(2)?,
        category: r.get(3)?,
        unit: r.get(4)?,
        price_min_khr: r.get(5)?,
        price_max_khr: r.get(6)?,
        archived: r.get(7)?,
    })
}

impl Store {
    /// The catalogue, by category then Khmer name.
    pub fn products(&self, include_archived: bool) -> Result<Vec<Product>> {
        self.conn
            .prepare_cached(&format!(
                "{PRODUCT_SELECT} WHERE ?1 OR archived_at IS NULL ORDER BY category, name_km"
            ))
            .ctx("preparing the catalogue")?
            .query_map([include_archived], product_row)
            .ctx("listing products")?
            .collect::<Result<_, _>>()
            .ctx("reading products")
    }

    pub fn product(&self, id: &str) -> Result<Product> {
        self.conn
            .prepare_cached(&format!("{PRODUCT_SELECT} WHERE id = ?1"))
            .ctx("preparing a product read")?
            .query_row([id], product_row)
            .optional()
            .ctx("reading a product")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "product",
                id: id.to_owned(),
            })
    }

    pub fn save_product(&mut self, input: &ProductInput, now: NaiveDateTime) -> Result<Product> {
        let mut c = Checks::default();
        let name_km = c.required_name("nameKm", &input.name_km);
        let name_en = c.required_name("nameEn", &input.name_en);
        let category = c.required_choice("category", input.category, Category::Vegetable);
        let unit = c.required_choice("unit", input.unit, Unit::Kg);
        let min = c.required_money("priceMinKhr", input.price_min_khr, PRICE_MAX_KHR);
        let max = c.required_money("priceMaxKhr", input.price_max_khr, PRICE_MAX_KHR);
        if min > 0 && max > 0 && max < min {
            c.push(Violation::new("priceMaxKhr", RuleCode::MaxBelowMin).with("min", min));
        }
        if let Some(id) = &input.id {
            let old = self.product(id)?;
            // Interviews already counted in this product's unit must still convert to it.
            if let Some(new_unit) = input.unit
                && new_unit != old.unit
            {
                for used in self.units_used(id)? {
                    if used.factor_to(new_unit).is_none() {
                        c.push(
                            Violation::new("unit", RuleCode::UnitNotConvertible)
                                .with("unit", used.as_str())
                                .with("productUnit", new_unit.as_str()),
                        );
                        break;
                    }
                }
            }
        }
        for (field, column, name) in [
            ("nameKm", "name_km", &name_km),
            ("nameEn", "name_en", &name_en),
        ] {
            if !name.is_empty() && self.product_named(column, name, input.id.as_deref())? {
                c.push(Violation::new(field, RuleCode::DuplicateName));
            }
        }
        c.into_result()?;
        let id = input.id.clone().unwrap_or_else(new_id);
        self.conn
            .execute(
                "INSERT INTO products (id, name_km, name_en, category, unit, price_min_khr, price_max_khr, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                 ON CONFLICT (id) DO UPDATE SET name_km = excluded.name_km, name_en = excluded.name_en,
                     category = excluded.category, unit = excluded.unit, price_min_khr = excluded.price_min_khr,
                     price_max_khr = excluded.price_max_khr, updated_at = excluded.updated_at",
                params![id, name_km, name_en, category, unit, min, max, stamp(now)],
            )
            .ctx("saving a product")?;
        self.product(&id)
    }

    /// The units interviews gave quantities of this product in.
    fn units_used(&self, id: &str) -> Result<Vec<Unit>> {
        self.conn
            .prepare_cached("SELECT DISTINCT unit FROM interview_lines WHERE product_id = ?1")
            .ctx("preparing a product's units")?
            .query_map([id], |r| r.get(0))
            .ctx("listing a product's units")?
            .collect::<Result<_, _>>()
            .ctx("reading a product's units")
    }

    /// Whether another product already carries this name (case and spacing folded).
    fn product_named(&self, column: &str, name: &str, except: Option<&str>) -> Result<bool> {
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM products WHERE lower({column}) = lower(?1) AND id IS NOT ?2)"
        );
        self.conn
            .prepare_cached(&sql)
            .ctx("preparing a product name check")?
            .query_row(params![clean(name), except], |r| r.get(0))
            .ctx("checking a product name")
    }

    pub fn set_product_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Product> {
        self.set_archived("products", id, archived, now)?;
        self.product(id)
    }

    /// Seeds the catalogue on first start (an empty table); an office's later edits and
    /// archives are never undone. Seed rows are stamped with the date the seed list was
    /// written, not the clock: every office's copy of a seed product is the same record.
    pub(crate) fn ensure_catalogue(&mut self) -> Result<()> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM products", [], |r| r.get(0))
            .ctx("counting products")?;
        if count > 0 {
            return Ok(());
        }
        self.atomically(|store| {
            let mut stmt = store
                .conn
                .prepare(
                    "INSERT INTO products (id, name_km, name_en, category, unit, price_min_khr, price_max_khr, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )
                .ctx("preparing the catalogue seed")?;
            for p in crate::product_seed::SEED {
                stmt.execute(params![
                    format!("seed-{}", p.slug),
                    p.name_km,
                    p.name_en,
                    p.category,
                    p.unit,
                    p.price_min,
                    p.price_max,
                    crate::product_seed::SEED_STAMP
                ])
                .ctx("seeding the catalogue")?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{broken, now, store_with_office};

    #[test]
    fn the_catalogue_is_seeded_with_common_cambodian_products() {
        let store = store_with_office();
        let products = store.products(false).unwrap();
        assert!(products.len() >= 60, "{} products", products.len());
        for category in Category::ALL {
            assert!(
                products.iter().any(|p| p.category == *category),
                "no {category:?}"
            );
        }
        let cucumber = store.product("seed-cucumber").unwrap();
        assert_eq!(
            (cucumber.name_km.as_str(), cucumber.unit),
            ("ត្រសក់", Unit::Kg)
        );
        let mut names = std::collections::HashSet::new();
        assert!(
            products.iter().all(|p| names.insert(p.name_km.clone())),
            "Khmer names are unique"
        );
        assert!(products.iter().all(|p| p.price_min_khr <= p.price_max_khr));
    }

    #[test]
    fn units_convert_only_where_a_conversion_exists() {
        assert_eq!(Unit::Tonne.factor_to(Unit::Kg), Some(1000.0));
        assert_eq!(Unit::Dozen.factor_to(Unit::Piece), Some(12.0));
        assert_eq!(Unit::Bunch.factor_to(Unit::Bunch), Some(1.0));
        assert_eq!(Unit::Bunch.factor_to(Unit::Kg), None);
        assert_eq!(Unit::Head.factor_to(Unit::Kg), None);
    }

    #[test]
    fn a_product_needs_names_a_unit_and_a_sane_price_range() {
        let mut store = store_with_office();
        let input = ProductInput {
            id: None,
            name_km: "ត្រសក់".into(),
            name_en: "".into(),
            category: None,
            unit: Some(Unit::Kg),
            price_min_khr: Some(3000),
            price_max_khr: Some(1000),
        };
        let err = store.save_product(&input, now()).unwrap_err();
        assert_eq!(
            broken(&err),
            [
                ("nameEn", RuleCode::Required),
                ("category", RuleCode::Required),
                ("priceMaxKhr", RuleCode::MaxBelowMin),
                ("nameKm", RuleCode::DuplicateName),
            ]
        );
        let ok = ProductInput {
            name_km: "ផ្កាស្ពៃ".into(),
            name_en: "Choy sum flower".into(),
            category: Some(Category::Vegetable),
            price_max_khr: Some(6000),
            ..input
        };
        let saved = store.save_product(&ok, now()).unwrap();
        let renamed = store
            .save_product(
                &ProductInput {
                    id: Some(saved.id.clone()),
                    ..ok
                },
                now(),
            )
            .unwrap();
        assert_eq!(
            renamed.id, saved.id,
            "saving a product again keeps its own name"
        );
        let archived = store.set_product_archived(&saved.id, true, now()).unwrap();
        assert!(archived.archived);
        assert!(
            !store
                .products(false)
                .unwrap()
                .iter()
                .any(|p| p.id == saved.id)
        );
    }
}
