//! Step 5 of the guideline: a production and purchase contract between one producer
//! group (or the groups of one cluster) and one buyer, with the items Cambodia's
//! Sub-decree on Contract-Based Agricultural Production asks a contract to state.
//! A draft may lack items (the checklist says which); a signed contract may not, and
//! every change after signing is a new version that keeps the old one.

pub mod checklist;
pub mod delivery;
pub mod fulfilment;
mod store;
pub mod synthetic;
pub mod template;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::buyer::BuyerKind;
use crate::gazetteer::Place;
use crate::producer_group::GroupStatus;
use crate::product::Product;
use crate::text_enum::text_enum;

pub use checklist::{ChecklistItem, ContractItem};
pub use delivery::{Delivery, DeliveryGrade, DeliveryInput};
pub use fulfilment::{AlertKind, ContractAlert, Fulfilment, LatePayment, PeriodFulfilment};

text_enum!(ContractStatus {
    Draft = "draft",
    Signed = "signed",
    Active = "active",
    Completed = "completed",
    Terminated = "terminated",
    Breached = "breached",
});

impl ContractStatus {
    /// Signed or active: deliveries may be recorded and the groups count as contracted.
    pub fn in_force(self) -> bool {
        matches!(self, ContractStatus::Signed | ContractStatus::Active)
    }

    /// Completed, terminated or breached: nothing more is recorded against it.
    pub fn closed(self) -> bool {
        matches!(
            self,
            ContractStatus::Completed | ContractStatus::Terminated | ContractStatus::Breached
        )
    }
}

text_enum!(Currency { Khr = "KHR", Usd = "USD" });

text_enum!(PriceMechanism {
    Fixed = "fixed",
    MarketFloor = "market_floor",
    PerGrade = "per_grade",
});

text_enum!(DeliveryFrequency {
    Weekly = "weekly",
    Fortnightly = "fortnightly",
    Monthly = "monthly",
});

text_enum!(Transport {
    Buyer = "buyer",
    Group = "group",
    Shared = "shared",
});

text_enum!(ContractPayment {
    Cash = "cash",
    BankTransfer = "bank_transfer",
    MobileMoney = "mobile_money",
});

/// A party's representative as the contract names them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Representative {
    pub name: String,
    /// National ID card number.
    pub id_number: String,
    pub role: String,
}

/// A grade of the produce; `price` is its price when the price is per grade.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractGrade {
    pub grade: String,
    pub description: String,
    pub price: Option<i64>,
}

/// An article whose text the officers edit, in Khmer (authoritative) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractClause {
    /// The template clause it comes from (`group_duties`, `disputes` …), or `extra`.
    pub clause: String,
    pub title_km: String,
    pub title_en: String,
    pub text_km: String,
    pub text_en: String,
}

/// What one version of a contract says. The same shape is typed in and read back; a
/// draft may leave any of it empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractTerms {
    pub group_rep: Representative,
    pub buyer_rep: Representative,
    /// The PDAFF marketing official who facilitates.
    pub facilitator_pdaff: String,
    /// The M&E advisor who facilitates.
    pub facilitator_me: String,
    pub variety: String,
    /// In the product's unit.
    pub total_quantity: Option<f64>,
    pub quantity_per_delivery: Option<f64>,
    pub delivery_frequency: Option<DeliveryFrequency>,
    pub quality_standards: String,
    pub grades: Vec<ContractGrade>,
    pub price_mechanism: Option<PriceMechanism>,
    pub currency: Option<Currency>,
    /// The fixed price, or the floor under the market price, per unit, in integer units
    /// of the currency (riel, or US cents).
    pub price: Option<i64>,
    /// Which market price applies (market price with a floor).
    pub market_reference: String,
    /// Days and hours of delivery, in words.
    pub delivery_schedule: String,
    pub delivery_place: String,
    pub packaging: String,
    pub transport: Option<Transport>,
    pub payment_method: Option<ContractPayment>,
    /// Days after delivery the buyer pays (0: on delivery).
    pub payment_days: Option<u32>,
    /// Inputs, advances or technical help from the buyer (optional) …
    pub buyer_support: String,
    /// … and, when there is any, how it is repaid.
    pub repayment_terms: String,
    pub starts_on: String,
    pub ends_on: String,
    pub clauses: Vec<ContractClause>,
    /// The commune chief who witnesses.
    pub witness_commune: String,
    /// The DAO or PDAFF official who witnesses.
    pub witness_official: String,
    pub copies: Option<u32>,
    /// Who keeps the copies.
    pub copy_holders: String,
}

/// A producer group party to the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractGroup {
    pub id: String,
    pub name: String,
    pub commune: Place,
    pub members: u32,
    pub status: GroupStatus,
    pub bylaws_adopted: bool,
}

/// The buyer party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractBuyer {
    pub id: String,
    pub name: String,
    pub kind: BuyerKind,
    pub phone: String,
    /// Where the buyer is, in words (village, commune … or the typed address).
    pub address_km: String,
    pub address_en: String,
}

/// A change of status, kept for ever.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractEvent {
    pub status: ContractStatus,
    pub on_date: String,
    pub reason: String,
}

/// A version of the text: the first, or an amendment with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractVersion {
    pub version: u32,
    pub written_at: String,
    pub reason: String,
    pub terms: ContractTerms,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contract {
    pub id: String,
    pub number: String,
    pub status: ContractStatus,
    pub groups: Vec<ContractGroup>,
    pub cluster_name: Option<String>,
    pub buyer: ContractBuyer,
    pub product: Product,
    pub version: u32,
    /// When the version in force was written, and why (empty for the first).
    pub version_written_at: String,
    pub version_reason: String,
    pub terms: ContractTerms,
    pub checklist: Vec<ChecklistItem>,
    /// Every mandatory item is there: it may be signed and prints without "draft".
    pub complete: bool,
    pub signed_on: Option<String>,
    pub events: Vec<ContractEvent>,
    /// Accepted quantity delivered so far, in the product's unit.
    pub delivered: f64,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractInput {
    pub id: Option<String>,
    pub group_ids: Vec<String>,
    pub buyer_id: String,
    pub product_id: String,
    pub terms: ContractTerms,
    /// Why a signed contract is amended (required then, ignored for a draft).
    pub amendment_reason: String,
}

/// One row of the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractSummary {
    pub id: String,
    pub number: String,
    pub status: ContractStatus,
    pub group_names: Vec<String>,
    pub communes: Vec<Place>,
    pub buyer_name: String,
    pub product: Product,
    pub version: u32,
    pub total_quantity: Option<f64>,
    pub delivered: f64,
    pub currency: Option<Currency>,
    pub starts_on: String,
    pub ends_on: String,
    pub signed_on: Option<String>,
    pub complete: bool,
    pub archived: bool,
}

/// The register's filters; `None` lets everything through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContractQuery {
    pub status: Option<ContractStatus>,
    pub product_id: Option<String>,
    pub buyer_id: Option<String>,
    pub commune_code: Option<String>,
    pub include_archived: bool,
}

/// Integer money of a currency: whole riel, or US cents.
pub fn minor_units(currency: Currency) -> i64 {
    match currency {
        Currency::Khr => 1,
        Currency::Usd => 100,
    }
}
