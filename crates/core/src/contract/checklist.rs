//! What a contract must state before it can be signed or printed as final: the items
//! of the Sub-decree on Contract-Based Agricultural Production, as the issue lists
//! them. A pure function of the terms, so the window, the print and the signing agree.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text_enum::text_enum;

use super::{ContractTerms, PriceMechanism};

text_enum!(ContractItem {
    Parties = "parties",
    Facilitators = "facilitators",
    Product = "product",
    Quantity = "quantity",
    Quality = "quality",
    Price = "price",
    Delivery = "delivery",
    Payment = "payment",
    Support = "support",
    Obligations = "obligations",
    ForceMajeure = "force_majeure",
    Breach = "breach",
    Disputes = "disputes",
    Duration = "duration",
    Witnesses = "witnesses",
    Copies = "copies",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    pub item: ContractItem,
    pub ok: bool,
    /// The terms' fields still empty (`groupRep.idNumber`, `clauses.disputes` …).
    pub missing: Vec<String>,
}

/// Fewest copies a contract is made in: one for each party.
pub const COPIES_MIN: u32 = 2;

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Every item, in the order of the contract's articles.
pub fn checklist(t: &ContractTerms) -> Vec<ChecklistItem> {
    let clause = |key: &str| {
        t.clauses
            .iter()
            .any(|c| c.clause == key && !blank(&c.text_km))
    };
    let mut items = Vec::new();
    let mut item = |item: ContractItem, fields: &[(&str, bool)]| {
        let missing: Vec<String> = fields
            .iter()
            .filter(|(_, present)| !present)
            .map(|(f, _)| (*f).to_owned())
            .collect();
        items.push(ChecklistItem {
            item,
            ok: missing.is_empty(),
            missing,
        });
    };
    item(
        ContractItem::Parties,
        &[
            ("groupRep.name", !blank(&t.group_rep.name)),
            ("groupRep.idNumber", !blank(&t.group_rep.id_number)),
            ("groupRep.role", !blank(&t.group_rep.role)),
            ("buyerRep.name", !blank(&t.buyer_rep.name)),
            ("buyerRep.idNumber", !blank(&t.buyer_rep.id_number)),
            ("buyerRep.role", !blank(&t.buyer_rep.role)),
        ],
    );
    item(
        ContractItem::Facilitators,
        &[
            ("facilitatorPdaff", !blank(&t.facilitator_pdaff)),
            ("facilitatorMe", !blank(&t.facilitator_me)),
        ],
    );
    item(ContractItem::Product, &[("variety", !blank(&t.variety))]);
    item(
        ContractItem::Quantity,
        &[
            ("totalQuantity", t.total_quantity.is_some()),
            ("quantityPerDelivery", t.quantity_per_delivery.is_some()),
            ("deliveryFrequency", t.delivery_frequency.is_some()),
        ],
    );
    item(
        ContractItem::Quality,
        &[
            ("qualityStandards", !blank(&t.quality_standards)),
            ("clauses.below_grade", clause("below_grade")),
        ],
    );
    let price_fields: Vec<(&str, bool)> = match t.price_mechanism {
        None => vec![("priceMechanism", false)],
        Some(PriceMechanism::Fixed) => vec![("price", t.price.is_some())],
        Some(PriceMechanism::MarketFloor) => vec![
            ("price", t.price.is_some()),
            ("marketReference", !blank(&t.market_reference)),
        ],
        Some(PriceMechanism::PerGrade) => vec![(
            "grades",
            !t.grades.is_empty() && t.grades.iter().all(|g| g.price.is_some()),
        )],
    };
    let mut price = vec![("currency", t.currency.is_some())];
    price.extend(price_fields);
    item(ContractItem::Price, &price);
    item(
        ContractItem::Delivery,
        &[
            ("deliverySchedule", !blank(&t.delivery_schedule)),
            ("deliveryPlace", !blank(&t.delivery_place)),
            ("packaging", !blank(&t.packaging)),
            ("transport", t.transport.is_some()),
        ],
    );
    item(
        ContractItem::Payment,
        &[
            ("paymentMethod", t.payment_method.is_some()),
            ("paymentDays", t.payment_days.is_some()),
        ],
    );
    item(
        ContractItem::Support,
        &[(
            "repaymentTerms",
            blank(&t.buyer_support) || !blank(&t.repayment_terms),
        )],
    );
    item(
        ContractItem::Obligations,
        &[
            ("clauses.group_duties", clause("group_duties")),
            ("clauses.buyer_duties", clause("buyer_duties")),
        ],
    );
    item(
        ContractItem::ForceMajeure,
        &[("clauses.force_majeure", clause("force_majeure"))],
    );
    item(
        ContractItem::Breach,
        &[("clauses.breach", clause("breach"))],
    );
    item(
        ContractItem::Disputes,
        &[("clauses.disputes", clause("disputes"))],
    );
    item(
        ContractItem::Duration,
        &[
            ("startsOn", !blank(&t.starts_on)),
            ("endsOn", !blank(&t.ends_on)),
            ("clauses.renewal", clause("renewal")),
            ("clauses.termination", clause("termination")),
            ("clauses.amendments", clause("amendments")),
        ],
    );
    item(
        ContractItem::Witnesses,
        &[
            ("witnessCommune", !blank(&t.witness_commune)),
            ("witnessOfficial", !blank(&t.witness_official)),
        ],
    );
    item(
        ContractItem::Copies,
        &[
            ("copies", t.copies.is_some_and(|c| c >= COPIES_MIN)),
            ("copyHolders", !blank(&t.copy_holders)),
        ],
    );
    items
}

/// Every item is there.
pub fn complete(items: &[ChecklistItem]) -> bool {
    items.iter().all(|i| i.ok)
}
