//! Vendors willing to buy from local producer groups, and turning one into a buyer
//! record in one action, so forums can invite them and contracts can name them.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::buyer::{Buyer, BuyerInput, BuyerKind};
use crate::error::{DbContext, Result};
use crate::product::Unit;
use crate::store::{Store, stamp};
use crate::study::interview::{Per, VendorKind};

/// A product a willing vendor would take from a group, with the quantity they named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WillingProduct {
    pub name_km: String,
    pub name_en: String,
    pub quantity: Option<f64>,
    pub unit: Unit,
    pub per: Per,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WillingVendor {
    pub interview_id: String,
    pub vendor_name: String,
    pub vendor_kind: VendorKind,
    pub phone: String,
    pub market_name: String,
    pub products: Vec<WillingProduct>,
    pub buyer_id: Option<String>,
}

impl VendorKind {
    /// The buyer register's kind for a vendor of this kind.
    pub fn buyer_kind(self) -> BuyerKind {
        match self {
            VendorKind::PermanentVendor | VendorKind::Retailer => BuyerKind::Retailer,
            VendorKind::Collector => BuyerKind::Collector,
            VendorKind::Wholesaler => BuyerKind::Wholesaler,
        }
    }
}

impl Store {
    /// The campaign's vendors willing to buy from groups, by market then name.
    pub fn willing_vendors(&self, campaign_id: &str) -> Result<Vec<WillingVendor>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT i.id, i.vendor_name, i.vendor_kind, i.phone, m.name, i.buyer_id,
                        p.name_km, p.name_en, l.willing_quantity, l.unit, l.per
                 FROM interviews i
                 JOIN markets m ON m.id = i.market_id
                 JOIN interview_lines l ON l.interview_id = i.id AND l.willing
                 JOIN products p ON p.id = l.product_id
                 WHERE i.campaign_id = ?1 AND i.archived_at IS NULL
                 ORDER BY m.name, i.vendor_name, i.id, l.position",
            )
            .ctx("preparing the willing vendors")?;
        let mut rows = stmt
            .query([campaign_id])
            .ctx("listing the willing vendors")?;
        let mut out: Vec<WillingVendor> = Vec::new();
        while let Some(r) = rows.next().ctx("reading a willing vendor")? {
            let read = || -> rusqlite::Result<(String, WillingProduct)> {
                Ok((
                    r.get(0)?,
                    WillingProduct {
                        name_km: r.get(6)?,
                        name_en: r.get(7)?,
                        quantity: r.get(8)?,
                        unit: r.get(9)?,
                        per: r.get(10)?,
                    },
                ))
            };
            let (id, product) = read().ctx("reading a willing vendor")?;
            match out.last_mut() {
                Some(v) if v.interview_id == id => v.products.push(product),
                _ => {
                    let head = || -> rusqlite::Result<WillingVendor> {
                        Ok(WillingVendor {
                            interview_id: id.clone(),
                            vendor_name: r.get(1)?,
                            vendor_kind: r.get(2)?,
                            phone: r.get(3)?,
                            market_name: r.get(4)?,
                            products: vec![product.clone()],
                            buyer_id: r.get(5)?,
                        })
                    };
                    out.push(head().ctx("reading a willing vendor")?);
                }
            }
        }
        Ok(out)
    }

    /// Makes the interviewed vendor a buyer: links the interview to the buyer already
    /// registered under the same name and phone, or registers a new one placed at the
    /// market. Doing it twice returns the same buyer.
    pub fn buyer_from_interview(
        &mut self,
        interview_id: &str,
        now: NaiveDateTime,
    ) -> Result<Buyer> {
        let interview = self.interview(interview_id)?;
        if let Some(id) = &interview.buyer_id {
            return self.buyer(id);
        }
        let market = self.market(&interview.market_id)?;
        self.atomically(|store| {
            let existing: Option<String> = store
                .conn
                .prepare_cached(
                    "SELECT id FROM buyers WHERE lower(name) = lower(?1) AND phone = ?2
                     AND archived_at IS NULL LIMIT 1",
                )
                .ctx("preparing a buyer match")?
                .query_row(params![interview.vendor_name, interview.phone], |r| {
                    r.get(0)
                })
                .optional()
                .ctx("matching a buyer")?;
            let buyer = match existing {
                Some(id) => store.buyer(&id)?,
                None => {
                    let willing: Vec<&str> = interview
                        .lines
                        .iter()
                        .filter(|l| l.willing)
                        .map(|l| l.product.name_km.as_str())
                        .collect();
                    let products = if willing.is_empty() {
                        interview
                            .lines
                            .iter()
                            .map(|l| l.product.name_km.as_str())
                            .collect()
                    } else {
                        willing
                    };
                    store.save_buyer(
                        &BuyerInput {
                            id: None,
                            name: interview.vendor_name.clone(),
                            kind: Some(interview.vendor_kind.buyer_kind()),
                            contact_person: interview.vendor_name.clone(),
                            phone: interview.phone.clone(),
                            location_code: Some(
                                market
                                    .village
                                    .as_ref()
                                    .unwrap_or(&market.commune)
                                    .code
                                    .clone(),
                            ),
                            address: market.name.clone(),
                            products: products.join(", "),
                        },
                        now,
                    )?
                }
            };
            store
                .conn
                .execute(
                    "UPDATE interviews SET buyer_id = ?2, updated_at = ?3 WHERE id = ?1",
                    params![interview_id, buyer.id, stamp(now)],
                )
                .ctx("linking an interview to its buyer")?;
            Ok(buyer)
        })
    }
}
