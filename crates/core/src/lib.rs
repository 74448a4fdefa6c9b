//! Cluster Desk's core: the domain of the ASPIRE *Guideline for Cluster Development*,
//! its rules, and the office's SQLite store. No Tauri, no UI, no rendering: the shell
//! and the documents crate call in here, and every rule lives here once.
//!
//! Time is always passed in (`now`), never read here, so tests pin it.

mod text_enum;

pub mod budget;
pub mod buyer;
pub mod buyer_link;
pub mod cluster;
pub mod contract;
pub mod dashboard;
pub mod demo;
mod demo_budget;
mod demo_contracts;
mod demo_forum;
mod demo_groups;
pub mod demo_names;
pub mod error;
pub mod forum;
pub mod gazetteer;
pub mod household;
pub mod market;
pub mod meeting;
pub mod office;
pub mod people;
pub mod producer_group;
pub mod product;
mod product_seed;
pub mod production_plan;
pub mod rules;
pub mod settings;
pub mod slg;
pub mod store;
pub mod study;
pub mod supply_plan;
pub mod synthetic;
pub mod training;

#[cfg(test)]
mod testing;

pub use budget::{
    ActivityLine, BudgetOverview, BudgetPlanCell, BudgetPlanCellInput, BudgetPlanInput,
    CommuneBudget, Distribution, DistributionInput, DistrictBudget, Envelopes, EventChoice,
    EventKind, EventLink, Expenditure, ExpenditureInput, LineBalance, SlgEnvelope,
};
pub use buyer::{Buyer, BuyerInput, BuyerKind, BuyerPage, BuyerQuery};
pub use buyer_link::{
    BuyerGroup, BuyerGroupInput, BuyerRef, GroupBuyerLink, GroupBuyerLinkInput, GroupLink,
};
pub use cluster::{
    ActionItem, ActionItemInput, ActionStatus, Cluster, ClusterInput, ClusterPartner,
    ClusterPartnerInput, ClusterSlg, PartnerRole, PlanLine, PlanLineInput,
};
pub use contract::delivery::DeliveryGradeInput;
pub use contract::{
    AlertKind, ChecklistItem, Contract, ContractAlert, ContractBuyer, ContractClause,
    ContractEvent, ContractGrade, ContractGroup, ContractInput, ContractItem, ContractPayment,
    ContractQuery, ContractStatus, ContractSummary, ContractTerms, ContractVersion, Currency,
    Delivery, DeliveryFrequency, DeliveryGrade, DeliveryInput, Fulfilment, LatePayment,
    PeriodFulfilment, PriceMechanism, Representative, Transport,
};
pub use dashboard::Dashboard;
pub use error::{CoreError, ErrorCode, Result, RuleCode, Violation};
pub use forum::{
    AgendaItem, Forum, ForumInput, InvitationStatus, Participant, ParticipantCategory,
    ParticipantInput,
};
pub use gazetteer::{GazetteerCounts, Place};
pub use household::{
    AgeVerdict, Household, HouseholdInput, HouseholdPage, HouseholdQuery, HouseholdSort,
};
pub use market::{Market, MarketInput, MarketKind};
pub use meeting::{
    AttendanceCounts, Attendee, AttendeeInput, CapacityKind, MeetingProduct, MeetingProductInput,
    SlgMeeting, SlgMeetingInput, SlgMeetingSummary, Swot,
};
pub use office::{Office, OfficeInput};
pub use people::{IdPoor, Official, OfficialInput, OfficialRole, Sex};
pub use producer_group::bylaws::{BylawClause, Bylaws};
pub use producer_group::{
    CommitteeRole, CommitteeSeat, CommitteeSeatInput, GroupMember, GroupStatus, GroupStrategy,
    ProducerGroup, ProducerGroupInput, ProducerGroupSummary, Readiness, ReadinessCheck,
    ReadinessItem,
};
pub use product::{Category, Product, ProductInput, Unit};
pub use production_plan::{PlanInput, PlanInputInput, ProductionPlan, ProductionPlanInput};
pub use settings::{Lang, Settings};
pub use slg::{Slg, SlgInput, SlgPage, SlgQuery};
pub use store::{Store, schema_version};
pub use study::{
    Campaign, CampaignInput, CampaignMarket, CampaignMarketInput, Interview, InterviewInput,
    InterviewLine, InterviewLineInput, InterviewSummary, MarketAnalysis, Payment, Per, PriceRange,
    ProductDemand, ScoreParts, Source, VendorKind, Weights, WillingVendor,
};
pub use supply_plan::{SupplyLine, SupplyPlan};
pub use training::{Training, TrainingInput, TrainingTopic};
