//! The vendor interview of the guideline's annex 2: who the vendor is, and for each
//! product they trade how much they buy, when, of what quality, at what prices, from
//! where, and whether they would buy from a local producer group.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, named_params, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, DbContext, Result, RuleCode, Violation};
use crate::people::Sex;
use crate::product::{PRICE_MAX_KHR, Product, Unit};
use crate::rules::{Checks, NAME_MAX, TEXT_MAX, clean};
use crate::slg::like_pattern;
use crate::store::{Store, new_id, stamp};
use crate::study::months;
use crate::text_enum::text_enum;

text_enum!(VendorKind {
    PermanentVendor = "permanent_vendor",
    Collector = "collector",
    Wholesaler = "wholesaler",
    Retailer = "retailer",
});

text_enum!(
    /// The period a vendor's quantity is given for.
    Per { Day = "day", Week = "week", Month = "month" }
);

impl Per {
    /// How many of this period make a week: the analysis totals weekly demand. A
    /// permanent vendor trades every day; a month is 52/12 weeks.
    pub fn per_week(self) -> f64 {
        match self {
            Per::Day => 7.0,
            Per::Week => 1.0,
            Per::Month => 12.0 / 52.0,
        }
    }
}

text_enum!(
    /// Where a vendor gets the product today.
    Source {
        SameDistrict = "same_district",
        OtherDistrict = "other_district",
        OtherProvince = "other_province",
        Vietnam = "vietnam",
        Thailand = "thailand",
        OtherCountry = "other_country",
    }
);

impl Source {
    pub fn outside_district(self) -> bool {
        self != Source::SameDistrict
    }

    pub fn imported(self) -> bool {
        matches!(
            self,
            Source::Vietnam | Source::Thailand | Source::OtherCountry
        )
    }
}

text_enum!(
    /// How a vendor pays the people they buy from.
    Payment {
        Cash = "cash",
        Credit = "credit",
        Advance = "advance",
        Transfer = "transfer",
    }
);

/// Longest credit a vendor gives (days after delivery) that the form accepts.
pub const PAYMENT_DAYS_MAX: i64 = 180;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewLine {
    pub product: Product,
    pub quantity: f64,
    pub unit: Unit,
    pub per: Per,
    /// Months (1–12) the vendor buys the product, and the peak months among them.
    pub months: Vec<u8>,
    pub peak_months: Vec<u8>,
    pub grade: String,
    pub fresh: bool,
    pub safe: bool,
    pub packaging: String,
    /// Whole riel per `unit`.
    pub buy_price_khr: Option<i64>,
    pub sell_price_khr: Option<i64>,
    pub source: Source,
    pub willing: bool,
    /// In `unit` per `per`, like `quantity`.
    pub willing_quantity: Option<f64>,
    pub payment: Option<Payment>,
    pub payment_days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Interview {
    pub id: String,
    pub campaign_id: String,
    pub market_id: String,
    pub market_name: String,
    pub vendor_name: String,
    pub sex: Sex,
    pub vendor_kind: VendorKind,
    pub phone: String,
    pub interviewer_id: Option<String>,
    pub interviewed_on: String,
    /// The buyer record this vendor became, once they did.
    pub buyer_id: Option<String>,
    pub notes: String,
    pub lines: Vec<InterviewLine>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewLineInput {
    pub product_id: Option<String>,
    pub quantity: Option<f64>,
    pub unit: Option<Unit>,
    pub per: Option<Per>,
    pub months: Vec<u8>,
    pub peak_months: Vec<u8>,
    pub grade: String,
    pub fresh: bool,
    pub safe: bool,
    pub packaging: String,
    pub buy_price_khr: Option<i64>,
    pub sell_price_khr: Option<i64>,
    pub source: Option<Source>,
    pub willing: bool,
    pub willing_quantity: Option<f64>,
    pub payment: Option<Payment>,
    pub payment_days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewInput {
    pub id: Option<String>,
    pub campaign_id: String,
    pub market_id: Option<String>,
    pub vendor_name: String,
    pub sex: Option<Sex>,
    pub vendor_kind: Option<VendorKind>,
    pub phone: String,
    pub interviewer_id: Option<String>,
    pub interviewed_on: String,
    pub notes: String,
    pub lines: Vec<InterviewLineInput>,
    /// Set when the officer has seen the warnings (a price far from the usual) and
    /// saves anyway.
    pub confirmed: bool,
}

/// One row of a campaign's interview list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewSummary {
    pub id: String,
    pub vendor_name: String,
    pub vendor_kind: VendorKind,
    pub sex: Sex,
    pub market_name: String,
    pub interviewed_on: String,
    /// Khmer and English product names, in the order the vendor gave them.
    pub products_km: Vec<String>,
    pub products_en: Vec<String>,
    pub willing: bool,
    pub buyer_id: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewQuery {
    pub campaign_id: String,
    pub market_id: Option<String>,
    pub search: String,
    pub include_archived: bool,
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterviewPage {
    pub rows: Vec<InterviewSummary>,
    pub total: u32,
    pub page: u32,
    pub page_size: u32,
}

/// Most products one interview holds (the paper form has 15 rows; a wholesaler may
/// name more on a second sheet).
pub const LINES_MAX: usize = 40;

/// A checked line, ready to write.
struct Line {
    product_id: String,
    quantity: f64,
    unit: Unit,
    per: Per,
    months: u16,
    peak: u16,
    input: InterviewLineInput,
}

/// The vendor's name folded for the duplicate check.
fn vendor_key(name: &str) -> String {
    clean(name).to_lowercase()
}

impl Store {
    pub fn interview(&self, id: &str) -> Result<Interview> {
        let mut interview = self
            .conn
            .prepare_cached(
                "SELECT i.id, i.campaign_id, i.market_id, m.name, i.vendor_name, i.sex, i.vendor_kind,
                        i.phone, i.interviewer_id, i.interviewed_on, i.buyer_id, i.notes,
                        i.archived_at IS NOT NULL
                 FROM interviews i JOIN markets m ON m.id = i.market_id WHERE i.id = ?1",
            )
            .ctx("preparing an interview read")?
            .query_row([id], |r| {
                Ok(Interview {
                    id: r.get(0)?,
                    campaign_id: r.get(1)?,
                    market_id: r.get(2)?,
                    market_name: r.get(3)?,
                    vendor_name: r.get(4)?,
                    sex: r.get(5)?,
                    vendor_kind: r.get(6)?,
                    phone: r.get(7)?,
                    interviewer_id: r.get(8)?,
                    interviewed_on: r.get(9)?,
                    buyer_id: r.get(10)?,
                    notes: r.get(11)?,
                    lines: Vec::new(),
                    archived: r.get(12)?,
                })
            })
            .optional()
            .ctx("reading an interview")?
            .ok_or_else(|| CoreError::NotFound {
                entity: "interview",
                id: id.to_owned(),
            })?;
        let rows: Vec<(String, InterviewLine)> = self
            .conn
            .prepare_cached(
                "SELECT product_id, quantity, unit, per, months, peak_months, grade, fresh, safe,
                        packaging, buy_price_khr, sell_price_khr, source, willing, willing_quantity,
                        payment, payment_days
                 FROM interview_lines WHERE interview_id = ?1 ORDER BY position",
            )
            .ctx("preparing the interview lines")?
            .query_map([id], |r| {
                let placeholder = Product {
                    id: String::new(),
                    name_km: String::new(),
                    name_en: String::new(),
                    category: crate::product::Category::Vegetable,
                    unit: Unit::Kg,
                    price_min_khr: 0,
                    price_max_khr: 0,
                    archived: false,
                };
                Ok((
                    r.get(0)?,
                    InterviewLine {
                        product: placeholder,
                        quantity: r.get(1)?,
                        unit: r.get(2)?,
                        per: r.get(3)?,
                        months: months::numbers(r.get(4)?),
                        peak_months: months::numbers(r.get(5)?),
                        grade: r.get(6)?,
                        fresh: r.get(7)?,
                        safe: r.get(8)?,
                        packaging: r.get(9)?,
                        buy_price_khr: r.get(10)?,
                        sell_price_khr: r.get(11)?,
                        source: r.get(12)?,
                        willing: r.get(13)?,
                        willing_quantity: r.get(14)?,
                        payment: r.get(15)?,
                        payment_days: r.get(16)?,
                    },
                ))
            })
            .ctx("listing the interview lines")?
            .collect::<Result<_, _>>()
            .ctx("reading the interview lines")?;
        for (product_id, mut line) in rows {
            line.product = self.product(&product_id)?;
            interview.lines.push(line);
        }
        Ok(interview)
    }

    pub fn interviews(&self, query: &InterviewQuery) -> Result<InterviewPage> {
        let page_size = query.page_size.clamp(1, crate::household::PAGE_SIZE_MAX);
        let pattern = like_pattern(&query.search);
        let filter = "WHERE i.campaign_id = :campaign
              AND (:market IS NULL OR i.market_id = :market)
              AND (i.vendor_name LIKE :pattern ESCAPE '\\' OR i.phone LIKE :pattern ESCAPE '\\'
                   OR EXISTS (SELECT 1 FROM interview_lines l JOIN products p ON p.id = l.product_id
                              WHERE l.interview_id = i.id
                                AND (p.name_km LIKE :pattern ESCAPE '\\' OR p.name_en LIKE :pattern ESCAPE '\\')))
              AND (:archived OR i.archived_at IS NULL)";
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM interviews i {filter}"))
            .and_then(|mut s| {
                s.query_row(
                    named_params! {":campaign": query.campaign_id, ":market": query.market_id,
                    ":pattern": pattern, ":archived": query.include_archived},
                    |r| r.get(0),
                )
            })
            .ctx("counting interviews")?;
        let limit = i64::from(page_size);
        let offset = i64::from(query.page) * limit;
        let sql = format!(
            "SELECT i.id, i.vendor_name, i.vendor_kind, i.sex, m.name, i.interviewed_on,
                    (SELECT group_concat(p.name_km, char(31)) FROM (SELECT p.name_km FROM interview_lines l
                        JOIN products p ON p.id = l.product_id WHERE l.interview_id = i.id ORDER BY l.position) p),
                    (SELECT group_concat(p.name_en, char(31)) FROM (SELECT p.name_en FROM interview_lines l
                        JOIN products p ON p.id = l.product_id WHERE l.interview_id = i.id ORDER BY l.position) p),
                    EXISTS (SELECT 1 FROM interview_lines l WHERE l.interview_id = i.id AND l.willing),
                    i.buyer_id, i.archived_at IS NOT NULL
             FROM interviews i JOIN markets m ON m.id = i.market_id {filter}
             ORDER BY i.interviewed_on DESC, i.vendor_name, i.id LIMIT :limit OFFSET :offset"
        );
        let split = |s: Option<String>| -> Vec<String> {
            s.map(|s| s.split('\u{1F}').map(str::to_owned).collect())
                .unwrap_or_default()
        };
        let rows = self
            .conn
            .prepare_cached(&sql)
            .ctx("preparing the interview list")?
            .query_map(
                named_params! {":campaign": query.campaign_id, ":market": query.market_id,
                ":pattern": pattern, ":archived": query.include_archived,
                ":limit": limit, ":offset": offset},
                |r| {
                    Ok(InterviewSummary {
                        id: r.get(0)?,
                        vendor_name: r.get(1)?,
                        vendor_kind: r.get(2)?,
                        sex: r.get(3)?,
                        market_name: r.get(4)?,
                        interviewed_on: r.get(5)?,
                        products_km: split(r.get(6)?),
                        products_en: split(r.get(7)?),
                        willing: r.get(8)?,
                        buyer_id: r.get(9)?,
                        archived: r.get(10)?,
                    })
                },
            )
            .ctx("listing interviews")?
            .collect::<Result<_, _>>()
            .ctx("reading interviews")?;
        Ok(InterviewPage {
            rows,
            total,
            page: query.page,
            page_size,
        })
    }

    pub fn save_interview(
        &mut self,
        input: &InterviewInput,
        now: NaiveDateTime,
    ) -> Result<Interview> {
        let campaign = self.campaign(&input.campaign_id)?;
        let mut c = Checks::default();
        let mut warnings = Vec::new();
        let name = c.required_name("vendorName", &input.vendor_name);
        let sex = c.required_choice("sex", input.sex, Sex::Female);
        let kind = c.required_choice("vendorKind", input.vendor_kind, VendorKind::PermanentVendor);
        let phone = c.optional_phone("phone", &input.phone);
        let notes = c.optional_text("notes", &input.notes, TEXT_MAX);
        let market = input.market_id.as_deref().filter(|m| !m.is_empty());
        match market {
            None => c.push(Violation::new("marketId", RuleCode::Required)),
            Some(m) if !campaign.markets.iter().any(|cm| cm.market.id == m) => {
                c.push(Violation::new("marketId", RuleCode::MarketNotInCampaign))
            }
            Some(_) => {}
        }
        if let Some(official) = input.interviewer_id.as_deref().filter(|o| !o.is_empty()) {
            self.known_record("interviewerId", "officials", official, &mut c)?;
        }
        if let Some(date) = c.required_date("interviewedOn", &input.interviewed_on) {
            let within = date.format("%Y-%m-%d").to_string();
            if within < campaign.starts_on || within > campaign.ends_on {
                c.push(
                    Violation::new("interviewedOn", RuleCode::DateOutsideCampaign)
                        .with("start", &campaign.starts_on)
                        .with("end", &campaign.ends_on),
                );
            }
        }
        if input.lines.is_empty() {
            c.push(Violation::new("lines", RuleCode::Required));
        } else if input.lines.len() > LINES_MAX {
            c.push(
                Violation::new("lines", RuleCode::OutOfRange)
                    .with("min", 1)
                    .with("max", LINES_MAX),
            );
        }
        let mut lines = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, line) in input.lines.iter().enumerate() {
            if let Some(checked) = self.check_line(i, line, &mut c, &mut warnings)? {
                if !seen.insert(checked.product_id.clone()) {
                    c.push(Violation::new(
                        &format!("lines.{i}.productId"),
                        RuleCode::DuplicateProduct,
                    ));
                }
                lines.push(checked);
            }
        }
        if let Some(id) = &input.id {
            let old = self.interview(id)?;
            if old.campaign_id != input.campaign_id {
                c.push(Violation::new("campaignId", RuleCode::UnknownRecord));
            }
        }
        if !name.is_empty()
            && let Some(market) = market
            && let Some((market_name, date)) = self.same_vendor(input, &name, market, &phone)?
        {
            c.push(
                Violation::new("vendorName", RuleCode::DuplicateVendor)
                    .with("market", market_name)
                    .with("date", date),
            );
        }
        if !c.violations.is_empty() {
            c.violations.extend(warnings);
            return Err(CoreError::Invalid(c.violations));
        }
        if !warnings.is_empty() && !input.confirmed {
            return Err(CoreError::NeedsConfirmation(warnings));
        }
        let id = input.id.clone().unwrap_or_else(new_id);
        let interviewer = input.interviewer_id.as_deref().filter(|o| !o.is_empty());
        self.atomically(|store| {
            store
                .conn
                .execute(
                    "INSERT INTO interviews (id, campaign_id, market_id, vendor_name, vendor_key, sex, vendor_kind,
                         phone, interviewer_id, interviewed_on, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)
                     ON CONFLICT (id) DO UPDATE SET market_id = excluded.market_id,
                         vendor_name = excluded.vendor_name, vendor_key = excluded.vendor_key,
                         sex = excluded.sex, vendor_kind = excluded.vendor_kind, phone = excluded.phone,
                         interviewer_id = excluded.interviewer_id, interviewed_on = excluded.interviewed_on,
                         notes = excluded.notes, updated_at = excluded.updated_at",
                    params![id, input.campaign_id, market, name, vendor_key(&name), sex, kind, phone,
                        interviewer, input.interviewed_on.trim(), notes, stamp(now)],
                )
                .ctx("saving an interview")?;
            store
                .conn
                .execute("DELETE FROM interview_lines WHERE interview_id = ?1", [&id])
                .ctx("replacing an interview's products")?;
            let mut insert = store
                .conn
                .prepare_cached(
                    "INSERT INTO interview_lines (interview_id, position, product_id, quantity, unit, per,
                         months, peak_months, grade, fresh, safe, packaging, buy_price_khr, sell_price_khr,
                         source, willing, willing_quantity, payment, payment_days)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                )
                .ctx("preparing the interview products")?;
            for (pos, l) in lines.iter().enumerate() {
                let i = &l.input;
                insert
                    .execute(params![
                        id, pos as i64, l.product_id, l.quantity, l.unit, l.per, l.months, l.peak,
                        clean(&i.grade), i.fresh, i.safe, clean(&i.packaging), i.buy_price_khr,
                        i.sell_price_khr, i.source, i.willing,
                        i.willing.then_some(i.willing_quantity).flatten(),
                        i.payment,
                        i.payment.filter(|p| *p == Payment::Credit).and(i.payment_days)
                    ])
                    .ctx("saving an interview product")?;
            }
            drop(insert);
            store.interview(&id)
        })
    }

    /// Checks one product line; `None` when it is too broken to write (the input is then
    /// refused anyway). Price warnings go to `warnings`.
    fn check_line(
        &self,
        i: usize,
        line: &InterviewLineInput,
        c: &mut Checks,
        warnings: &mut Vec<Violation>,
    ) -> Result<Option<Line>> {
        let f = |name: &str| format!("lines.{i}.{name}");
        let product = match line.product_id.as_deref().filter(|p| !p.is_empty()) {
            None => {
                c.push(Violation::new(&f("productId"), RuleCode::Required));
                None
            }
            Some(id) => match self.product(id) {
                Ok(p) if p.archived => {
                    c.push(Violation::new(&f("productId"), RuleCode::ArchivedRecord));
                    None
                }
                Ok(p) => Some(p),
                Err(CoreError::NotFound { .. }) => {
                    c.push(Violation::new(&f("productId"), RuleCode::UnknownRecord));
                    None
                }
                Err(e) => return Err(e),
            },
        };
        let quantity = c.required_quantity(&f("quantity"), line.quantity);
        let unit = c.required_choice(&f("unit"), line.unit, Unit::Kg);
        let per = c.required_choice(&f("per"), line.per, Per::Week);
        c.required_choice(&f("source"), line.source, Source::SameDistrict);
        let factor = match (&product, line.unit) {
            (Some(p), Some(u)) => {
                let factor = u.factor_to(p.unit);
                if factor.is_none() {
                    c.push(
                        Violation::new(&f("unit"), RuleCode::UnitNotConvertible)
                            .with("unit", u.as_str())
                            .with("productUnit", p.unit.as_str()),
                    );
                }
                factor
            }
            _ => None,
        };
        let month_mask = months::mask(&line.months);
        let peak_mask = months::mask(&line.peak_months);
        match month_mask {
            None => c.push(
                Violation::new(&f("months"), RuleCode::OutOfRange)
                    .with("min", 1)
                    .with("max", 12),
            ),
            Some(0) => c.push(Violation::new(&f("months"), RuleCode::MonthsRequired)),
            Some(_) => {}
        }
        match (month_mask, peak_mask) {
            (_, None) => c.push(
                Violation::new(&f("peakMonths"), RuleCode::OutOfRange)
                    .with("min", 1)
                    .with("max", 12),
            ),
            (Some(m), Some(p)) if m != 0 && p & !m != 0 => c.push(Violation::new(
                &f("peakMonths"),
                RuleCode::PeakOutsideMonths,
            )),
            _ => {}
        }
        c.optional_text(&f("grade"), &line.grade, NAME_MAX);
        c.optional_text(&f("packaging"), &line.packaging, NAME_MAX);
        for (name, price) in [
            ("buyPriceKhr", line.buy_price_khr),
            ("sellPriceKhr", line.sell_price_khr),
        ] {
            let Some(price) = price else { continue };
            if c.positive_money(&f(name), price, PRICE_MAX_KHR) == 0 {
                continue;
            }
            if let (Some(p), Some(factor), Some(u)) = (&product, factor, line.unit) {
                // The catalogue's range is per the product's unit; the vendor's price is
                // per the unit they gave.
                let min = (p.price_min_khr as f64 * factor).round() as i64;
                let max = (p.price_max_khr as f64 * factor).round() as i64;
                if price < min || price > max {
                    warnings.push(
                        Violation::new(&f(name), RuleCode::PriceImplausible)
                            .with("min", min)
                            .with("max", max)
                            .with("unit", u.as_str()),
                    );
                }
            }
        }
        if line.buy_price_khr.is_none() {
            c.push(Violation::new(&f("buyPriceKhr"), RuleCode::Required));
        }
        if line.willing
            && let Some(q) = line.willing_quantity
        {
            c.positive_quantity(&f("willingQuantity"), q);
        }
        if let Some(days) = line.payment_days {
            c.range(&f("paymentDays"), days, 0, PAYMENT_DAYS_MAX);
        }
        Ok(match (product, month_mask, peak_mask) {
            (Some(p), Some(m), Some(pk)) => Some(Line {
                product_id: p.id,
                quantity,
                unit,
                per,
                months: m,
                peak: pk,
                input: line.clone(),
            }),
            _ => None,
        })
    }

    /// An earlier interview of the same vendor in the campaign: same name, and the same
    /// market or the same phone. Returns its market and date.
    fn same_vendor(
        &self,
        input: &InterviewInput,
        name: &str,
        market: &str,
        phone: &str,
    ) -> Result<Option<(String, String)>> {
        self.conn
            .prepare_cached(
                "SELECT m.name, i.interviewed_on FROM interviews i JOIN markets m ON m.id = i.market_id
                 WHERE i.campaign_id = ?1 AND i.vendor_key = ?2 AND i.id IS NOT ?3
                   AND i.archived_at IS NULL
                   AND (i.market_id = ?4 OR (?5 <> '' AND i.phone = ?5))
                 LIMIT 1",
            )
            .ctx("preparing the duplicate vendor check")?
            .query_row(
                params![input.campaign_id, vendor_key(name), input.id, market, phone],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .ctx("checking for a duplicate vendor")
    }

    pub fn set_interview_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: NaiveDateTime,
    ) -> Result<Interview> {
        self.set_archived("interviews", id, archived, now)?;
        self.interview(id)
    }
}
