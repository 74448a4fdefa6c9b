//! Step 1 of the guideline, the market needs assessment: study campaigns, the vendor
//! interviews of annex 2, their analysis and the priority ranking, and the willing
//! vendors who become buyers.

pub mod analysis;
pub mod campaign;
pub mod demo;
pub mod interview;
pub mod months;
pub mod vendors;

#[cfg(test)]
mod tests;

pub use analysis::{MarketAnalysis, PriceRange, ProductDemand, ScoreParts, Weights};
pub use campaign::{Campaign, CampaignInput, CampaignMarket, CampaignMarketInput};
pub use interview::{
    Interview, InterviewInput, InterviewLine, InterviewLineInput, InterviewPage, InterviewQuery,
    InterviewSummary, Payment, Per, Source, VendorKind,
};
pub use vendors::{WillingProduct, WillingVendor};
