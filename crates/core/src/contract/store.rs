//! Contracts in the store: reading, the register, saving drafts and amendments, and
//! the changes of status.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::people::OfficialRole;
use crate::producer_group::{CommitteeRole, GroupStatus, ReadinessItem};
use crate::product::Product;
use crate::rules::{Checks, NAME_MAX, TEXT_MAX, clean};
use crate::store::{Store, new_id, stamp};

use super::checklist::{checklist, complete};
use super::template::{KnownParties, new_terms};
use super::{
    Contract, ContractBuyer, ContractClause, ContractEvent, ContractGrade, ContractGroup,
    ContractInput, ContractQuery, ContractStatus, ContractSummary, ContractTerms, ContractVersion,
    Representative,
};

/// Longest clause text.
pub const CLAUSE_MAX: usize = TEXT_MAX * 8;
/// Largest price or amount, in integer units of the currency.
pub const MONEY_MAX: i64 = 1_000_000_000_000;
/// Longest payment delay, in days.
pub const PAYMENT_DAYS_MAX: i64 = 365;
/// Most copies of a contract.
pub const COPIES_MAX: i64 = 20;

const TERMS_SELECT: &str = "SELECT group_rep_name, group_rep_id_number, group_rep_role, buyer_rep_name,
        buyer_rep_id_number, buyer_rep_role, facilitator_pdaff, facilitator_me, variety, total_quantity,
        quantity_per_delivery, delivery_frequency, quality_standards, price_mechanism, currency, price,
        market_reference, delivery_schedule, delivery_place, packaging, transport, payment_method,
        payment_days, buyer_support, repayment_terms, starts_on, ends_on, witness_commune,
        witness_official, copies, copy_holders, version, written_at, reason
    FROM contract_versions";

fn terms_row(r: &Row) -> rusqlite::Result<ContractVersion> {
    Ok(ContractVersion {
        version: r.get(31)?,
        written_at: r.get(32)?,
        reason: r.get(33)?,
        terms: ContractTerms {
            group_rep: Representative {
                name: r.get(0)?,
                id_number: r.get(1)?,
                role: r.get(2)?,
            },
            buyer_rep: Representative {
                name: r.get(3)?,
                id_number: r.get(4)?,
                role: r.get(5)?,
            },
            facilitator_pdaff: r.get(6)?,
            facilitator_me: r.get(7)?,
            variety: r.get(8)?,
            total_quantity: r.get(9)?,
            quantity_per_delivery: r.get(10)?,
            delivery_frequency: r.get(11)?,
            quality_standards: r.get(12)?,
            grades: Vec::new(),
            price_mechanism: r.get(13)?,
            currency: r.get(14)?,
            price: r.get(15)?,
            market_reference: r.get(16)?,
            delivery_schedule: r.get(17)?,
            delivery_place: r.get(18)?,
            packaging: r.get(19)?,
            transport: r.get(20)?,
            payment_method: r.get(21)?,
            payment_days: r.get(22)?,
            buyer_support: r.get(23)?,
            repayment_terms: r.get(24)?,
            starts_on: r.get(25)?,
            ends_on: r.get(26)?,
            clauses: Vec::new(),
            witness_commune: r.get(27)?,
            witness_official: r.get(28)?,
            copies: r.get(29)?,
            copy_holders: r.get(30)?,
        },
    })
}

/// A date typed in, checked; empty stays empty.
fn optional_date(c: &mut Checks, field: &str, value: &str) -> (String, Option<NaiveDate>) {
    let value = value.trim();
    if value.is_empty() {
        return (String::new(), None);
    }
    (value.to_owned(), c.required_date(field, value))
}

/// Checks what is typed in a draft (a draft may leave anything empty) and returns the
/// terms cleaned.
fn checked_terms(c: &mut Checks, t: &ContractTerms) -> ContractTerms {
    let name =
        |c: &mut Checks, f: &str, v: &str| c.optional_text(&format!("terms.{f}"), v, NAME_MAX);
    let text =
        |c: &mut Checks, f: &str, v: &str| c.optional_text(&format!("terms.{f}"), v, TEXT_MAX * 2);
    let rep = |c: &mut Checks, side: &str, r: &Representative| Representative {
        name: name(c, &format!("{side}.name"), &r.name),
        id_number: name(c, &format!("{side}.idNumber"), &r.id_number),
        role: name(c, &format!("{side}.role"), &r.role),
    };
    let total = t
        .total_quantity
        .map(|q| c.positive_quantity("terms.totalQuantity", q));
    let per_delivery = t
        .quantity_per_delivery
        .map(|q| c.positive_quantity("terms.quantityPerDelivery", q));
    if let (Some(total), Some(per)) = (total, per_delivery)
        && total > 0.0
        && per > total
    {
        c.push(
            Violation::new("terms.quantityPerDelivery", RuleCode::ExceedsTotal)
                .with("total", total),
        );
    }
    let price = t
        .price
        .map(|p| c.positive_money("terms.price", p, MONEY_MAX));
    let mut seen = HashSet::new();
    let grades = t
        .grades
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let grade = c.optional_text(&format!("terms.grades.{i}.grade"), &g.grade, NAME_MAX);
            if grade.is_empty() {
                c.push(Violation::new(
                    &format!("terms.grades.{i}.grade"),
                    RuleCode::Required,
                ));
            } else if !seen.insert(grade.to_lowercase()) {
                c.push(Violation::new(
                    &format!("terms.grades.{i}.grade"),
                    RuleCode::DuplicateEntry,
                ));
            }
            ContractGrade {
                grade,
                description: c.optional_text(
                    &format!("terms.grades.{i}.description"),
                    &g.description,
                    TEXT_MAX,
                ),
                price: g
                    .price
                    .map(|p| c.positive_money(&format!("terms.grades.{i}.price"), p, MONEY_MAX)),
            }
        })
        .collect();
    if let Some(days) = t.payment_days {
        c.range("terms.paymentDays", i64::from(days), 0, PAYMENT_DAYS_MAX);
    }
    if let Some(copies) = t.copies {
        c.range("terms.copies", i64::from(copies), 1, COPIES_MAX);
    }
    let (starts_on, starts) = optional_date(c, "terms.startsOn", &t.starts_on);
    let (ends_on, ends) = optional_date(c, "terms.endsOn", &t.ends_on);
    if let (Some(s), Some(e)) = (starts, ends)
        && e < s
    {
        c.push(Violation::new("terms.endsOn", RuleCode::EndBeforeStart));
    }
    let clauses = t
        .clauses
        .iter()
        .enumerate()
        .map(|(i, cl)| {
            let f = |n: &str| format!("terms.clauses.{i}.{n}");
            let title_km = c.optional_text(&f("titleKm"), &cl.title_km, NAME_MAX);
            if title_km.is_empty() {
                c.push(Violation::new(&f("titleKm"), RuleCode::Required));
            }
            let key = clean(&cl.clause);
            ContractClause {
                clause: if key.is_empty() { "extra".into() } else { key },
                title_km,
                title_en: c.optional_text(&f("titleEn"), &cl.title_en, NAME_MAX),
                text_km: c.optional_text(&f("textKm"), &cl.text_km, CLAUSE_MAX),
                text_en: c.optional_text(&f("textEn"), &cl.text_en, CLAUSE_MAX),
            }
        })
        .collect();
    ContractTerms {
        group_rep: rep(c, "groupRep", &t.group_rep),
        buyer_rep: rep(c, "buyerRep", &t.buyer_rep),
        facilitator_pdaff: name(c, "facilitatorPdaff", &t.facilitator_pdaff),
        facilitator_me: name(c, "facilitatorMe", &t.facilitator_me),
        variety: name(c, "variety", &t.variety),
        total_quantity: total,
        quantity_per_delivery: per_delivery,
        delivery_frequency: t.delivery_frequency,
        quality_standards: text(c, "qualityStandards", &t.quality_standards),
        grades,
        price_mechanism: t.price_mechanism,
        currency: t.currency,
        price,
        market_reference: text(c, "marketReference", &t.market_reference),
        delivery_schedule: text(c, "deliverySchedule", &t.delivery_schedule),
        delivery_place: text(c, "deliveryPlace", &t.delivery_place),
        packaging: text(c, "packaging", &t.packaging),
        transport: t.transport,
        payment_method: t.payment_method,
        payment_days: t.payment_days,
        buyer_support: text(c, "buyerSupport", &t.buyer_support),
        repayment_terms: text(c, "repaymentTerms", &t.repayment_terms),
        starts_on,
        ends_on,
        clauses,
        witness_commune: name(c, "witnessCommune", &t.witness_commune),
        witness_official: name(c, "witnessOfficial", &t.witness_official),
        copies: t.copies,
        copy_holders: text(c, "copyHolders", &t.copy_holders),
    }
}

/// One violation per checklist item still missing.
fn missing_items(c: &mut Checks, terms: &ContractTerms) {
    for item in checklist(terms).into_iter().filter(|i| !i.ok) {
        c.push(
            Violation::new("checklist", RuleCode::ContractItemMissing)
                .with("item", item.item.as_str())
                .with("fields", item.missing.join(", ")),
        );
    }
}

impl Store {
    /// The terms a new contract starts from: the template and the names the registers
    /// know (the first group's chair, the buyer's contact, the office's facilitators).
    pub fn contract_template(&self, group_ids: &[String], buyer_id: &str) -> Result<ContractTerms> {
        let chair = match group_ids.first() {
            Some(g) => self
                .group_committee(g)?
                .into_iter()
                .find(|s| s.role == CommitteeRole::Chair)
                .map(|s| s.name_km)
                .unwrap_or_default(),
            None => String::new(),
        };
        let buyer_contact = if buyer_id.is_empty() {
            String::new()
        } else {
            self.buyer(buyer_id)?.contact_person
        };
        let officials = self.officials(false)?;
        let first = |role: OfficialRole| {
            officials
                .iter()
                .find(|o| o.role == role)
                .map(|o| o.name_km.clone())
                .unwrap_or_default()
        };
        Ok(new_terms(KnownParties {
            group_chair: chair,
            buyer_contact,
            pdaff_official: first(OfficialRole::PdaffMarketing),
            me_advisor: first(OfficialRole::MeAdvisor),
            dao_official: first(OfficialRole::DaoChief),
        }))
    }

    pub(crate) fn contract_version_terms(&self, id: &str, version: u32) -> Result<ContractVersion> {
        let mut v = self
            .conn
            .prepare_cached(&format!(
                "{TERMS_SELECT} WHERE contract_id = ?1 AND version = ?2"
            ))
            .ctx("preparing a contract version read")?
            .query_row(params![id, version], terms_row)
            .optional()
            .ctx("reading a contract version")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "contract version",
                id: format!("{id} v{version}"),
            })?;
        v.terms.grades = self
            .conn
            .prepare_cached(
                "SELECT grade, description, price FROM contract_grades
                 WHERE contract_id = ?1 AND version = ?2 ORDER BY position",
            )
            .ctx("preparing the grades")?
            .query_map(params![id, version], |r| {
                Ok(ContractGrade {
                    grade: r.get(0)?,
                    description: r.get(1)?,
                    price: r.get(2)?,
                })
            })
            .ctx("listing the grades")?
            .collect::<Result<_, _>>()
            .ctx("reading the grades")?;
        v.terms.clauses = self
            .conn
            .prepare_cached(
                "SELECT clause, title_km, title_en, text_km, text_en FROM contract_clauses
                 WHERE contract_id = ?1 AND version = ?2 ORDER BY position",
            )
            .ctx("preparing the contract clauses")?
            .query_map(params![id, version], |r| {
                Ok(ContractClause {
                    clause: r.get(0)?,
                    title_km: r.get(1)?,
                    title_en: r.get(2)?,
                    text_km: r.get(3)?,
                    text_en: r.get(4)?,
                })
            })
            .ctx("listing the contract clauses")?
            .collect::<Result<_, _>>()
            .ctx("reading the contract clauses")?;
        Ok(v)
    }

    /// Every version of the text, newest first.
    pub fn contract_versions(&self, id: &str) -> Result<Vec<ContractVersion>> {
        let versions: Vec<u32> = self
            .conn
            .prepare_cached("SELECT version FROM contract_versions WHERE contract_id = ?1 ORDER BY version DESC")
            .ctx("preparing the contract's versions")?
            .query_map([id], |r| r.get(0))
            .ctx("listing the contract's versions")?
            .collect::<Result<_, _>>()
            .ctx("reading the contract's versions")?;
        versions
            .into_iter()
            .map(|v| self.contract_version_terms(id, v))
            .collect()
    }

    pub(crate) fn delivered_quantity(&self, id: &str) -> Result<f64> {
        self.conn
            .prepare_cached(
                "SELECT coalesce(sum(accepted), 0) FROM deliveries WHERE contract_id = ?1",
            )
            .ctx("preparing the delivered total")?
            .query_row([id], |r| r.get(0))
            .ctx("adding up the deliveries")
    }

    pub fn contract(&self, id: &str) -> Result<Contract> {
        let (number, status, buyer_id, product_id, version, signed_on, archived): (
            String,
            ContractStatus,
            String,
            String,
            u32,
            Option<String>,
            bool,
        ) = self
            .conn
            .prepare_cached(
                "SELECT number, status, buyer_id, product_id, current_version, signed_on, archived_at IS NOT NULL
                 FROM contracts WHERE id = ?1",
            )
            .ctx("preparing a contract read")?
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
            })
            .optional()
            .ctx("reading a contract")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "contract",
                id: id.to_owned(),
            })?;
        let group_ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT group_id FROM contract_groups WHERE contract_id = ?1 ORDER BY position",
            )
            .ctx("preparing the contract's groups")?
            .query_map([id], |r| r.get(0))
            .ctx("listing the contract's groups")?
            .collect::<Result<_, _>>()
            .ctx("reading the contract's groups")?;
        let mut cluster_name = None;
        let mut groups = Vec::new();
        for g in &group_ids {
            let g = self.producer_group(g)?;
            cluster_name = cluster_name.or(g.cluster_name.clone());
            groups.push(ContractGroup {
                bylaws_adopted: g
                    .readiness
                    .checks
                    .iter()
                    .any(|c| c.item == ReadinessItem::Bylaws && c.ok),
                id: g.id,
                name: g.name,
                commune: g.commune,
                members: g.members.len() as u32,
                status: g.status,
            });
        }
        let buyer = self.buyer(&buyer_id)?;
        let place = |km: bool| {
            let names: Vec<&str> = buyer
                .location_path
                .iter()
                .rev()
                .map(|p| {
                    if km {
                        p.name_km.as_str()
                    } else {
                        p.name_en.as_str()
                    }
                })
                .collect();
            match (names.is_empty(), buyer.address.trim().is_empty()) {
                (true, _) => buyer.address.clone(),
                (false, true) => names.join(", "),
                (false, false) => format!("{}, {}", buyer.address.trim(), names.join(", ")),
            }
        };
        let buyer = ContractBuyer {
            address_km: place(true),
            address_en: place(false),
            id: buyer.id.clone(),
            name: buyer.name.clone(),
            kind: buyer.kind,
            phone: buyer.phone.clone(),
        };
        let current = self.contract_version_terms(id, version)?;
        let events = self
            .conn
            .prepare_cached("SELECT status, on_date, reason FROM contract_events WHERE contract_id = ?1 ORDER BY seq")
            .ctx("preparing the contract's history")?
            .query_map([id], |r| {
                Ok(ContractEvent {
                    status: r.get(0)?,
                    on_date: r.get(1)?,
                    reason: r.get(2)?,
                })
            })
            .ctx("listing the contract's history")?
            .collect::<Result<_, _>>()
            .ctx("reading the contract's history")?;
        let items = checklist(&current.terms);
        Ok(Contract {
            id: id.to_owned(),
            number,
            status,
            groups,
            cluster_name,
            buyer,
            product: self.product(&product_id)?,
            version,
            version_written_at: current.written_at,
            version_reason: current.reason,
            terms: current.terms,
            complete: complete(&items),
            checklist: items,
            signed_on,
            events,
            delivered: self.delivered_quantity(id)?,
            archived,
        })
    }

    /// The register, filtered, newest number first (at most 2,000 rows: a province's
    /// register is filtered by commune).
    pub fn contracts(&self, q: &ContractQuery) -> Result<Vec<ContractSummary>> {
        let commune = q.commune_code.as_deref().filter(|c| !c.is_empty());
        let products: HashMap<String, Product> = self
            .products(true)?
            .into_iter()
            .map(|p| (p.id.clone(), p))
            .collect();
        let mut rows: Vec<ContractSummary> = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.number, c.status, b.name, c.product_id, c.current_version, v.total_quantity,
                        (SELECT coalesce(sum(d.accepted), 0) FROM deliveries d WHERE d.contract_id = c.id),
                        v.currency, v.starts_on, v.ends_on, c.signed_on, c.archived_at IS NOT NULL
                 FROM contracts c JOIN buyers b ON b.id = c.buyer_id
                 JOIN contract_versions v ON v.contract_id = c.id AND v.version = c.current_version
                 WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR c.product_id = ?2)
                   AND (?3 IS NULL OR c.buyer_id = ?3) AND (?4 OR c.archived_at IS NULL)
                   AND (?5 IS NULL OR EXISTS (SELECT 1 FROM contract_groups cg JOIN producer_groups pg ON pg.id = cg.group_id
                                              WHERE cg.contract_id = c.id AND pg.commune_code = ?5))
                 ORDER BY c.number DESC LIMIT 2000",
            )
            .ctx("preparing the contract register")?
            .query_map(
                params![q.status, q.product_id.as_deref().filter(|v| !v.is_empty()),
                    q.buyer_id.as_deref().filter(|v| !v.is_empty()), q.include_archived, commune],
                |r| {
                    let product_id: String = r.get(4)?;
                    Ok(ContractSummary {
                            id: r.get(0)?,
                            number: r.get(1)?,
                            status: r.get(2)?,
                            group_names: Vec::new(),
                            communes: Vec::new(),
                            buyer_name: r.get(3)?,
                            product: products.get(&product_id).cloned().ok_or_else(|| {
                                rusqlite::Error::InvalidColumnType(4, product_id.clone(), rusqlite::types::Type::Text)
                            })?,
                            version: r.get(5)?,
                            total_quantity: r.get(6)?,
                            delivered: r.get(7)?,
                            currency: r.get(8)?,
                            starts_on: r.get(9)?,
                            ends_on: r.get(10)?,
                            signed_on: r.get(11)?,
                            complete: false,
                            archived: r.get(12)?,
                    })
                },
            )
            .ctx("listing contracts")?
            .collect::<Result<_, _>>()
            .ctx("reading contracts")?;
        let mut groups = self
            .conn
            .prepare_cached(
                "SELECT pg.name, c.code, c.name_km, c.name_en FROM contract_groups cg
                 JOIN producer_groups pg ON pg.id = cg.group_id JOIN communes c ON c.code = pg.commune_code
                 WHERE cg.contract_id = ?1 ORDER BY cg.position",
            )
            .ctx("preparing the contracts' groups")?;
        for row in &mut rows {
            let parties: Vec<(String, crate::gazetteer::Place)> = groups
                .query_map([&row.id], |r| {
                    Ok((r.get(0)?, crate::gazetteer::place_at(r, 1)?))
                })
                .ctx("listing a contract's groups")?
                .collect::<Result<_, _>>()
                .ctx("reading a contract's groups")?;
            for (name, commune) in parties {
                row.group_names.push(name);
                if !row.communes.contains(&commune) {
                    row.communes.push(commune);
                }
            }
            row.complete = complete(&checklist(
                &self.contract_version_terms(&row.id, row.version)?.terms,
            ));
        }
        Ok(rows)
    }

    /// Saves a draft (rewritten in place) or amends a signed contract (a new version,
    /// with its reason, the old one kept). A signed contract's parties and product stay.
    pub fn save_contract(&mut self, input: &ContractInput, now: NaiveDateTime) -> Result<Contract> {
        let office = self.require_office()?;
        let existing = match &input.id {
            Some(id) => Some(self.contract(id)?),
            None => None,
        };
        let mut c = Checks::default();
        let mut group_ids: Vec<String> = Vec::new();
        for g in &input.group_ids {
            if !group_ids.contains(g) {
                group_ids.push(g.clone());
            }
        }
        if group_ids.is_empty() {
            c.push(Violation::new("groupIds", RuleCode::Required));
        }
        let product = input.product_id.trim();
        if product.is_empty() {
            c.push(Violation::new("productId", RuleCode::Required));
        } else {
            self.known_record("productId", "products", product, &mut c)?;
        }
        if input.buyer_id.trim().is_empty() {
            c.push(Violation::new("buyerId", RuleCode::Required));
        } else {
            self.known_record("buyerId", "buyers", input.buyer_id.trim(), &mut c)?;
        }
        let mut clusters = HashSet::new();
        for g in &group_ids {
            self.known_record("groupIds", "producer_groups", g, &mut c)?;
            let Ok(group) = self.producer_group(g) else {
                continue;
            };
            clusters.insert(group.cluster_id.clone());
            if !product.is_empty() && !group.products.iter().any(|p| p.id == product) {
                c.push(
                    Violation::new("productId", RuleCode::ProductNotInGroup)
                        .with("group", &group.name),
                );
            }
        }
        if group_ids.len() > 1 && (clusters.len() > 1 || clusters.contains(&None)) {
            c.push(Violation::new("groupIds", RuleCode::GroupsNotInOneCluster));
        }
        let terms = checked_terms(&mut c, &input.terms);
        let reason = c.optional_text("amendmentReason", &input.amendment_reason, TEXT_MAX);
        if let Some(old) = &existing {
            if old.status.closed() {
                c.push(
                    Violation::new("status", RuleCode::ContractClosed)
                        .with("status", old.status.as_str()),
                );
            } else if old.status.in_force() {
                let old_groups: Vec<&str> = old.groups.iter().map(|g| g.id.as_str()).collect();
                if old_groups != group_ids.iter().map(String::as_str).collect::<Vec<_>>()
                    || old.buyer.id != input.buyer_id.trim()
                    || old.product.id != product
                {
                    c.push(Violation::new("groupIds", RuleCode::PartiesFixed));
                }
                if reason.is_empty() {
                    c.push(Violation::new("amendmentReason", RuleCode::ReasonRequired));
                }
                if let Some(total) = terms.total_quantity
                    && total > 0.0
                    && total < old.delivered
                {
                    c.push(
                        Violation::new("terms.totalQuantity", RuleCode::BelowDelivered)
                            .with("delivered", old.delivered),
                    );
                }
                missing_items(&mut c, &terms);
            }
        }
        c.into_result()?;
        if let Some(old) = existing.as_ref()
            && old.terms == terms
            && old.buyer.id == input.buyer_id.trim()
            && old.product.id == product
            && old.groups.iter().map(|g| &g.id).eq(group_ids.iter())
        {
            return Ok(old.clone());
        }
        let id = input.id.clone().unwrap_or_else(new_id);
        self.atomically(|store| {
            let version = match &existing {
                None => {
                    let number = store.next_contract_number(&office.district.code, now.year())?;
                    store
                        .conn
                        .execute(
                            "INSERT INTO contracts (id, number, buyer_id, product_id, status, current_version, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, 'draft', 1, ?5, ?5)",
                            params![id, number, input.buyer_id.trim(), product, stamp(now)],
                        )
                        .ctx("saving a contract")?;
                    store.record_contract_event(&id, ContractStatus::Draft, &now.date().to_string(), "", now)?;
                    1
                }
                Some(old) if old.status == ContractStatus::Draft => {
                    store
                        .conn
                        .execute(
                            "UPDATE contracts SET buyer_id = ?2, product_id = ?3, updated_at = ?4 WHERE id = ?1",
                            params![id, input.buyer_id.trim(), product, stamp(now)],
                        )
                        .ctx("saving a contract")?;
                    store.drop_contract_version(&id, old.version)?;
                    old.version
                }
                Some(old) => {
                    store
                        .conn
                        .execute(
                            "UPDATE contracts SET current_version = ?2, updated_at = ?3 WHERE id = ?1",
                            params![id, old.version + 1, stamp(now)],
                        )
                        .ctx("amending a contract")?;
                    old.version + 1
                }
            };
            let draft = existing.as_ref().is_none_or(|o| o.status == ContractStatus::Draft);
            store.write_contract_version(&id, version, if draft { "" } else { &reason }, &terms, now)?;
            store
                .conn
                .execute("DELETE FROM contract_groups WHERE contract_id = ?1", [&id])
                .ctx("replacing a contract's groups")?;
            for (pos, g) in group_ids.iter().enumerate() {
                store
                    .conn
                    .execute(
                        "INSERT INTO contract_groups (contract_id, group_id, position) VALUES (?1, ?2, ?3)",
                        params![id, g, pos as i64],
                    )
                    .ctx("saving a contract's group")?;
            }
            store.contract(&id)
        })
    }

    fn next_contract_number(&self, district: &str, year: i32) -> Result<String> {
        let prefix = format!("{district}-{year}-");
        let taken: u32 = self
            .conn
            .query_row(
                "SELECT count(*) FROM contracts WHERE number LIKE ?1 || '%'",
                [&prefix],
                |r| r.get(0),
            )
            .ctx("numbering a contract")?;
        Ok(format!("{prefix}{:03}", taken + 1))
    }

    fn drop_contract_version(&self, id: &str, version: u32) -> Result<()> {
        for table in ["contract_grades", "contract_clauses", "contract_versions"] {
            self.conn
                .execute(
                    &format!("DELETE FROM {table} WHERE contract_id = ?1 AND version = ?2"),
                    params![id, version],
                )
                .ctx("rewriting a draft")?;
        }
        Ok(())
    }

    fn write_contract_version(
        &self,
        id: &str,
        version: u32,
        reason: &str,
        t: &ContractTerms,
        now: NaiveDateTime,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO contract_versions (contract_id, version, written_at, reason, group_rep_name,
                     group_rep_id_number, group_rep_role, buyer_rep_name, buyer_rep_id_number, buyer_rep_role,
                     facilitator_pdaff, facilitator_me, variety, total_quantity, quantity_per_delivery,
                     delivery_frequency, quality_standards, price_mechanism, currency, price, market_reference,
                     delivery_schedule, delivery_place, packaging, transport, payment_method, payment_days,
                     buyer_support, repayment_terms, starts_on, ends_on, witness_commune, witness_official,
                     copies, copy_holders)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                     ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)",
                params![id, version, stamp(now), reason, t.group_rep.name, t.group_rep.id_number, t.group_rep.role,
                    t.buyer_rep.name, t.buyer_rep.id_number, t.buyer_rep.role, t.facilitator_pdaff,
                    t.facilitator_me, t.variety, t.total_quantity, t.quantity_per_delivery, t.delivery_frequency,
                    t.quality_standards, t.price_mechanism, t.currency, t.price, t.market_reference,
                    t.delivery_schedule, t.delivery_place, t.packaging, t.transport, t.payment_method,
                    t.payment_days, t.buyer_support, t.repayment_terms, t.starts_on, t.ends_on,
                    t.witness_commune, t.witness_official, t.copies, t.copy_holders],
            )
            .ctx("saving a contract version")?;
        for (pos, g) in t.grades.iter().enumerate() {
            self.conn
                .execute(
                    "INSERT INTO contract_grades (contract_id, version, position, grade, description, price)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![id, version, pos as i64, g.grade, g.description, g.price],
                )
                .ctx("saving a grade")?;
        }
        for (pos, cl) in t.clauses.iter().enumerate() {
            self.conn
                .execute(
                    "INSERT INTO contract_clauses (contract_id, version, position, clause, title_km, title_en, text_km, text_en)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![id, version, pos as i64, cl.clause, cl.title_km, cl.title_en, cl.text_km, cl.text_en],
                )
                .ctx("saving a contract clause")?;
        }
        Ok(())
    }

    pub(crate) fn record_contract_event(
        &self,
        id: &str,
        status: ContractStatus,
        on_date: &str,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO contract_events (contract_id, seq, status, on_date, reason, recorded_at)
                 VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM contract_events WHERE contract_id = ?1), ?2, ?3, ?4, ?5)",
                params![id, status, on_date, reason, stamp(now)],
            )
            .ctx("recording a contract's status")?;
        Ok(())
    }

    /// Marks a complete draft signed on `date`: every group must be formed, with
    /// adopted by-laws (step 4.1), and every item of the checklist present.
    pub fn sign_contract(&mut self, id: &str, date: &str, now: NaiveDateTime) -> Result<Contract> {
        let contract = self.contract(id)?;
        let mut c = Checks::default();
        if contract.status != ContractStatus::Draft {
            c.push(
                Violation::new("status", RuleCode::StatusTransition)
                    .with("from", contract.status.as_str())
                    .with("to", ContractStatus::Signed.as_str()),
            );
        }
        if let Some(d) = c.required_date("signedOn", date)
            && d > now.date()
        {
            c.push(Violation::new("signedOn", RuleCode::DateInFuture));
        }
        for g in &contract.groups {
            if !g.bylaws_adopted {
                c.push(
                    Violation::new("groupIds", RuleCode::BylawsNotAdopted).with("group", &g.name),
                );
            } else if !matches!(g.status, GroupStatus::Formed | GroupStatus::Contracted) {
                c.push(Violation::new("groupIds", RuleCode::GroupNotFormed).with("group", &g.name));
            }
        }
        missing_items(&mut c, &contract.terms);
        c.into_result()?;
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "UPDATE contracts SET status = 'signed', signed_on = ?2, updated_at = ?3 WHERE id = ?1",
                    params![id, date.trim(), stamp(now)],
                )
                .ctx("signing a contract")?;
            store.record_contract_event(id, ContractStatus::Signed, date.trim(), "", now)?;
            store.contract(id)
        })
    }

    /// Moves a signed contract on: active, completed, terminated or breached (the last
    /// two with a reason). The history keeps every step.
    pub fn set_contract_status(
        &mut self,
        id: &str,
        status: ContractStatus,
        date: &str,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<Contract> {
        let contract = self.contract(id)?;
        let mut c = Checks::default();
        use ContractStatus::*;
        let allowed = matches!(
            (contract.status, status),
            (Signed, Active) | (Signed | Active, Terminated | Breached) | (Active, Completed)
        );
        if !allowed {
            c.push(
                Violation::new("status", RuleCode::StatusTransition)
                    .with("from", contract.status.as_str())
                    .with("to", status.as_str()),
            );
        }
        if let Some(d) = c.required_date("onDate", date) {
            if d > now.date() {
                c.push(Violation::new("onDate", RuleCode::DateInFuture));
            }
            if let Some(signed) = contract.signed_on.as_deref()
                && d.to_string().as_str() < signed
            {
                c.push(Violation::new("onDate", RuleCode::BeforeSigning).with("date", signed));
            }
        }
        let reason = c.optional_text("reason", reason, TEXT_MAX);
        if matches!(status, Terminated | Breached) && reason.is_empty() {
            c.push(Violation::new("reason", RuleCode::ReasonRequired));
        }
        c.into_result()?;
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "UPDATE contracts SET status = ?2, updated_at = ?3 WHERE id = ?1",
                    params![id, status, stamp(now)],
                )
                .ctx("changing a contract's status")?;
            store.record_contract_event(id, status, date.trim(), &reason, now)?;
            store.contract(id)
        })
    }

    pub fn set_contract_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Contract> {
        self.set_archived("contracts", id, archived, now)?;
        self.contract(id)
    }
}
