//! Step 8 of the guideline: the activity budget of USD 1,000 per target commune for the
//! work of steps 1–7, planned per commune and activity line and spent against, and the
//! USD 600 input envelope of each SLG from which inputs are given to households.
//! Money is integers: an amount in its currency's units (US cents or riel) as typed,
//! and the same in US cents at the recorded rate, which every balance adds. Nothing
//! is edited after it is recorded: a correction is a reversing entry.

pub mod balances;
pub mod expenditure;
pub mod inputs;
pub mod plan;
pub mod synthetic;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contract::Currency;
use crate::error::{Result, RuleCode, Violation};
use crate::rules::Checks;
use crate::store::Store;
use crate::text_enum::text_enum;

pub use balances::{BudgetOverview, CommuneBudget, DistrictBudget, LineBalance, SlgEnvelope};
pub use expenditure::{EventChoice, EventLink, Expenditure, ExpenditureInput};
pub use inputs::{Distribution, DistributionInput};
pub use plan::{BudgetPlanCell, BudgetPlanCellInput, BudgetPlanInput};

text_enum!(
    /// The guideline's activity lines of step 8.
    ActivityLine {
        Dissemination = "dissemination",
        MarketStudy = "market_study",
        SlgMeetings = "slg_meetings",
        Forum = "forum",
        Extension = "extension",
        Contracts = "contracts",
        Monitoring = "monitoring",
    }
);

text_enum!(
    /// The event an expenditure paid for.
    EventKind {
        Study = "study",
        Meeting = "meeting",
        Forum = "forum",
        Training = "training",
    }
);

impl EventKind {
    pub(crate) fn table(self) -> &'static str {
        match self {
            EventKind::Study => "campaigns",
            EventKind::Meeting => "slg_meetings",
            EventKind::Forum => "forums",
            EventKind::Training => "trainings",
        }
    }
}

/// The guideline's envelopes, in US cents.
pub const COMMUNE_ENVELOPE_DEFAULT: i64 = 100_000;
pub const SLG_ENVELOPE_DEFAULT: i64 = 60_000;
/// The riel-per-dollar rates that pass without a question.
pub const USUAL_RATE: (i64, i64) = (4_000, 4_200);
/// Rates outside these are typing mistakes, not rates.
pub const RATE_LIMITS: (i64, i64) = (1_000, 10_000);
/// The rate plans in riel are read at when no rate is recorded.
pub const PLANNING_RATE: i64 = 4_100;
/// Largest single amount, in its currency's units.
pub const AMOUNT_MAX: i64 = 100_000_000_000;

/// The envelopes the office works with (settings; the guideline's by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Envelopes {
    /// Per target commune, for the activities of steps 1–7.
    pub commune_usd_cents: i64,
    /// Per SLG, for technical support and inputs.
    pub slg_usd_cents: i64,
}

/// `amount` units of `currency` in US cents: riel at `rate` riel a dollar, rounded half
/// away from zero to the cent.
pub fn to_usd_cents(amount: i64, currency: Currency, rate: i64) -> i64 {
    match currency {
        Currency::Usd => amount,
        Currency::Khr if rate > 0 => {
            let (num, den) = (i128::from(amount) * 100, i128::from(rate));
            let cents = (2 * num.abs() + den) / (2 * den);
            i64::try_from(if num < 0 { -cents } else { cents }).unwrap_or(i64::MAX)
        }
        Currency::Khr => 0,
    }
}

/// Cents as dollars for a message (`1234.5` → `"12.35"`… exact: `123456` → `"1234.56"`).
pub fn dollars(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

/// Checks an amount, its currency and its rate; returns the amount in US cents and the
/// rate kept (none for dollars). An unusual rate is a warning.
pub(crate) fn checked_money(
    c: &mut Checks,
    warnings: &mut Vec<Violation>,
    field: &str,
    amount: Option<i64>,
    currency: Option<Currency>,
    rate: Option<i64>,
) -> (i64, Currency, Option<i64>, i64) {
    let amount = c.required_money(field, amount, AMOUNT_MAX);
    let currency = c.required_choice("currency", currency, Currency::Usd);
    let rate = match currency {
        Currency::Usd => None,
        Currency::Khr => match rate {
            None => {
                c.push(Violation::new("rate", RuleCode::Required));
                None
            }
            Some(r) if !(RATE_LIMITS.0..=RATE_LIMITS.1).contains(&r) => {
                c.push(
                    Violation::new("rate", RuleCode::OutOfRange)
                        .with("min", RATE_LIMITS.0)
                        .with("max", RATE_LIMITS.1),
                );
                None
            }
            Some(r) => {
                if !(USUAL_RATE.0..=USUAL_RATE.1).contains(&r) {
                    warnings.push(
                        Violation::new("rate", RuleCode::RateUnusual)
                            .with("min", USUAL_RATE.0)
                            .with("max", USUAL_RATE.1),
                    );
                }
                Some(r)
            }
        },
    };
    let cents = to_usd_cents(amount, currency, rate.unwrap_or(0));
    (amount, currency, rate, cents)
}

/// Hard violations refuse; warnings alone ask for confirmation.
pub(crate) fn verdict(c: Checks, warnings: Vec<Violation>, confirmed: bool) -> Result<()> {
    let mut c = c;
    if c.is_empty() {
        if warnings.is_empty() || confirmed {
            return Ok(());
        }
        return Err(crate::CoreError::NeedsConfirmation(warnings));
    }
    for w in warnings {
        c.push(w);
    }
    c.into_result()
}

impl Store {
    pub fn envelopes(&self) -> Result<Envelopes> {
        let read = |key, default| -> Result<i64> {
            Ok(self
                .setting(key)?
                .and_then(|s| s.parse().ok())
                .unwrap_or(default))
        };
        Ok(Envelopes {
            commune_usd_cents: read("commune_envelope_usd_cents", COMMUNE_ENVELOPE_DEFAULT)?,
            slg_usd_cents: read("slg_envelope_usd_cents", SLG_ENVELOPE_DEFAULT)?,
        })
    }

    pub fn set_envelopes(&mut self, e: &Envelopes) -> Result<Envelopes> {
        let mut c = Checks::default();
        c.range("communeUsdCents", e.commune_usd_cents, 1, AMOUNT_MAX);
        c.range("slgUsdCents", e.slg_usd_cents, 1, AMOUNT_MAX);
        c.into_result()?;
        self.put_setting(
            "commune_envelope_usd_cents",
            &e.commune_usd_cents.to_string(),
        )?;
        self.put_setting("slg_envelope_usd_cents", &e.slg_usd_cents.to_string())?;
        self.envelopes()
    }
}
