//! Errors of the core. Every error has a stable [`ErrorCode`] the UI branches on;
//! validation failures carry [`Violation`]s, one per offending field, so the UI can put
//! the message (in the user's language, from its locale files) beside the field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Stable codes of errors that cross to the UI. Never renumber or rename: the UI's
/// locale files hold one message per code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidInput,
    NotFound,
    OfficeNotSetUp,
    OfficeAlreadySetUp,
    DatabaseTooNew,
    /// Only warnings stand in the way: the same input sent again with its confirmation
    /// flag set is saved.
    NeedsConfirmation,
    Database,
    Io,
    Internal,
}

/// Which rule a field broke. Stable like [`ErrorCode`]; the UI's `rules.*` messages take
/// the violation's `params` as ICU arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleCode {
    Required,
    TooLong,
    YearOutOfRange,
    PhoneMalformed,
    OutOfRange,
    InvalidDate,
    WomenExceedSize,
    UnknownPlace,
    VillageNotInCommune,
    CommuneNotInDistrict,
    DistrictNotInProvince,
    AlreadyInOtherSlg,
    LikelyDuplicate,
    CewNeedsCommune,
    TargetCommunesRequired,
    UnknownRecord,
    ArchivedRecord,
    DistrictHasRecords,
    NotPositive,
    MaxBelowMin,
    DuplicateName,
    UnitNotConvertible,
    MonthsRequired,
    PeakOutsideMonths,
    PriceImplausible,
    DuplicateProduct,
    DuplicateVendor,
    MarketNotInCampaign,
    DateOutsideCampaign,
    EndBeforeStart,
    WeightsAllZero,
    DuplicateEntry,
    PlanTypesOutsideRange,
    ForumMoreThanOneDay,
    InvalidTime,
    AgendaOverlap,
    ClusterNeedsProducers,
    ClusterNeedsBuyer,
    PlanProductNotInCluster,
    ReasonRequired,
    InOtherGroupSameProduct,
    GroupAboveAdvisedSize,
    NotAMember,
    TooFewMembers,
    BylawsNotAdopted,
    MembersWithoutPlan,
    AlreadyAdopted,
    QuorumNotMet,
    HarvestBeforePlanting,
    KeptExceedsYield,
    Negative,
    SameCommune,
    ProductNotInGroup,
    ExceedsTotal,
    GroupsNotInOneCluster,
    ContractClosed,
    PartiesFixed,
    ContractItemMissing,
    BelowDelivered,
    GroupNotFormed,
    StatusTransition,
    ContractNotInForce,
    BeforeContractStart,
    BeforeSigning,
    PaymentBeforeDelivery,
    UnknownGrade,
    DateInFuture,
    PaidAboveAmount,
    RateUnusual,
    DateOutsideFiscalYear,
    NotATargetCommune,
    OverEnvelope,
    AlreadyReversed,
    NotInSlg,
}

/// One broken rule on one input field (`field` is the input's camelCase field name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Violation {
    pub field: String,
    pub rule: RuleCode,
    pub params: BTreeMap<String, String>,
}

impl Violation {
    pub fn new(field: &str, rule: RuleCode) -> Self {
        Violation {
            field: field.to_owned(),
            rule,
            params: BTreeMap::new(),
        }
    }

    pub fn with(mut self, key: &str, value: impl ToString) -> Self {
        self.params.insert(key.to_owned(), value.to_string());
        self
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("invalid input: {0:?}")]
    Invalid(Vec<Violation>),
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    #[error("please confirm: {0:?}")]
    NeedsConfirmation(Vec<Violation>),
    #[error("the office is not set up yet")]
    OfficeNotSetUp,
    #[error("the office is already set up")]
    OfficeAlreadySetUp,
    #[error(
        "the database was written by a newer Cluster Desk (schema {found}, this program knows {known})"
    )]
    DatabaseTooNew { found: u32, known: u32 },
    #[error("database error while {context}: {source}")]
    Database {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("migrating the database failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("reading {what} failed: {detail}")]
    Data { what: &'static str, detail: String },
    #[error("file error at {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl CoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Invalid(_) => ErrorCode::InvalidInput,
            CoreError::NeedsConfirmation(_) => ErrorCode::NeedsConfirmation,
            CoreError::NotFound { .. } => ErrorCode::NotFound,
            CoreError::OfficeNotSetUp => ErrorCode::OfficeNotSetUp,
            CoreError::OfficeAlreadySetUp => ErrorCode::OfficeAlreadySetUp,
            CoreError::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            CoreError::Database { .. } | CoreError::Migration(_) => ErrorCode::Database,
            CoreError::Io { .. } => ErrorCode::Io,
            CoreError::Data { .. } => ErrorCode::Internal,
        }
    }

    pub fn violations(&self) -> &[Violation] {
        match self {
            CoreError::Invalid(v) | CoreError::NeedsConfirmation(v) => v,
            _ => &[],
        }
    }

    pub fn invalid(violation: Violation) -> Self {
        CoreError::Invalid(vec![violation])
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

/// Adds what the store was doing to a rusqlite error, so a log line says more than
/// "database is locked".
pub(crate) trait DbContext<T> {
    fn ctx(self, context: &'static str) -> Result<T>;
}

impl<T> DbContext<T> for std::result::Result<T, rusqlite::Error> {
    fn ctx(self, context: &'static str) -> Result<T> {
        self.map_err(|source| CoreError::Database { context, source })
    }
}
