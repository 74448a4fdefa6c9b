//! The commands the UI invokes. Each is one call into the core; rules, SQL and wording
//! live elsewhere.

use cluster_core::gazetteer::GazetteerCounts;
use cluster_core::study::{InterviewPage, InterviewQuery};
use cluster_core::{
    AgeVerdict, Buyer, BuyerInput, BuyerPage, BuyerQuery, Dashboard, Household, HouseholdInput,
    HouseholdPage, HouseholdQuery, Lang, Office, OfficeInput, Official, OfficialInput, Place,
    Settings, Slg, SlgInput, SlgPage, SlgQuery,
};
use cluster_core::{
    AgendaItem, Cluster, ClusterInput, Forum, ForumInput, InvitationStatus, Participant,
    ParticipantInput, SlgMeeting, SlgMeetingInput, SlgMeetingSummary,
};
use cluster_core::{
    BudgetOverview, BudgetPlanCell, BudgetPlanInput, Distribution, DistributionInput, Envelopes,
    EventChoice, Expenditure, ExpenditureInput,
};
use cluster_core::{BuyerGroup, BuyerGroupInput, GroupBuyerLink, GroupBuyerLinkInput, GroupLink};
use cluster_core::{
    BylawClause, Bylaws, CommitteeSeatInput, ProducerGroup, ProducerGroupInput,
    ProducerGroupSummary,
};
use cluster_core::{
    Campaign, CampaignInput, Interview, InterviewInput, Market, MarketAnalysis, MarketInput,
    Product, ProductInput, Weights, WillingVendor,
};
use cluster_core::{ChecklistItem, ContractTerms, ContractVersion, Delivery, DeliveryInput};
use cluster_core::{
    Contract, ContractAlert, ContractInput, ContractQuery, ContractStatus, ContractSummary,
    Fulfilment,
};
use cluster_core::{ProductionPlan, ProductionPlanInput, SupplyPlan, Training, TrainingInput};
use cluster_documents::files;
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::error::IpcError;
use crate::printing::{self, PrintMode, deliver};
use crate::state::{AppState, now};

type Answer<T> = Result<T, IpcError>;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub schema_version: u32,
}

#[tauri::command]
pub fn app_info(state: State<AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        schema_version: cluster_core::schema_version(),
    }
}

#[tauri::command]
pub fn gazetteer_counts(state: State<AppState>) -> Answer<GazetteerCounts> {
    state.with(|s| s.gazetteer_counts())
}

#[tauri::command]
pub fn get_settings(state: State<AppState>) -> Answer<Settings> {
    state.with(|s| s.settings())
}

#[tauri::command]
pub fn set_language(state: State<AppState>, lang: Lang) -> Answer<Settings> {
    state.with(|s| s.set_language(lang))
}

#[tauri::command]
pub fn set_youth_range(state: State<AppState>, min: i32, max: i32) -> Answer<Settings> {
    state.with(|s| s.set_youth_range(min, max))
}

#[tauri::command]
pub fn provinces(state: State<AppState>) -> Answer<Vec<Place>> {
    state.with(|s| s.provinces())
}

#[tauri::command]
pub fn districts(state: State<AppState>, province_code: String) -> Answer<Vec<Place>> {
    state.with(|s| s.districts(&province_code))
}

#[tauri::command]
pub fn communes(state: State<AppState>, district_code: String) -> Answer<Vec<Place>> {
    state.with(|s| s.communes(&district_code))
}

#[tauri::command]
pub fn villages(state: State<AppState>, commune_code: String) -> Answer<Vec<Place>> {
    state.with(|s| s.villages(&commune_code))
}

#[tauri::command]
pub fn get_office(state: State<AppState>) -> Answer<Option<Office>> {
    state.with(|s| s.office())
}

#[tauri::command]
pub fn setup_office(state: State<AppState>, input: OfficeInput) -> Answer<Office> {
    state.with(|s| s.setup_office(&input, now()))
}

#[tauri::command]
pub fn update_office(state: State<AppState>, input: OfficeInput) -> Answer<Office> {
    state.with(|s| s.update_office(&input, now()))
}

#[tauri::command]
pub fn load_demo(state: State<AppState>) -> Answer<Office> {
    state.with(|s| s.load_demo(now()))
}

#[tauri::command]
pub fn dashboard(state: State<AppState>) -> Answer<Dashboard> {
    state.with(|s| s.dashboard(now()))
}

#[tauri::command]
pub fn list_officials(state: State<AppState>, include_archived: bool) -> Answer<Vec<Official>> {
    state.with(|s| s.officials(include_archived))
}

#[tauri::command]
pub fn save_official(state: State<AppState>, input: OfficialInput) -> Answer<Official> {
    state.with(|s| s.save_official(&input, now()))
}

#[tauri::command]
pub fn set_official_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Official> {
    state.with(|s| s.set_official_archived(&id, archived, now()))
}

#[tauri::command]
pub fn age_verdict(state: State<AppState>, birth_year: i32) -> Answer<Option<AgeVerdict>> {
    state.with(|s| s.age_verdict(birth_year, now()))
}

#[tauri::command]
pub fn list_households(state: State<AppState>, query: HouseholdQuery) -> Answer<HouseholdPage> {
    state.with(|s| s.households(&query, now()))
}

#[tauri::command]
pub fn save_household(state: State<AppState>, input: HouseholdInput) -> Answer<Household> {
    state.with(|s| s.save_household(&input, now()))
}

#[tauri::command]
pub fn set_household_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Household> {
    state.with(|s| s.set_household_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_slgs(state: State<AppState>, query: SlgQuery) -> Answer<SlgPage> {
    state.with(|s| s.slgs(&query))
}

#[tauri::command]
pub fn save_slg(state: State<AppState>, input: SlgInput) -> Answer<Slg> {
    state.with(|s| s.save_slg(&input, now()))
}

#[tauri::command]
pub fn set_slg_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Slg> {
    state.with(|s| s.set_slg_archived(&id, archived, now()))
}

#[tauri::command]
pub fn add_slg_member(state: State<AppState>, slg_id: String, household_id: String) -> Answer<Slg> {
    state.with(|s| s.add_slg_member(&slg_id, &household_id, now()))
}

#[tauri::command]
pub fn remove_slg_member(
    state: State<AppState>,
    slg_id: String,
    household_id: String,
) -> Answer<Slg> {
    state.with(|s| s.remove_slg_member(&slg_id, &household_id, now()))
}

#[tauri::command]
pub fn list_buyers(state: State<AppState>, query: BuyerQuery) -> Answer<BuyerPage> {
    state.with(|s| s.buyers(&query))
}

#[tauri::command]
pub fn save_buyer(state: State<AppState>, input: BuyerInput) -> Answer<Buyer> {
    state.with(|s| s.save_buyer(&input, now()))
}

#[tauri::command]
pub fn set_buyer_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Buyer> {
    state.with(|s| s.set_buyer_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_products(state: State<AppState>, include_archived: bool) -> Answer<Vec<Product>> {
    state.with(|s| s.products(include_archived))
}

#[tauri::command]
pub fn save_product(state: State<AppState>, input: ProductInput) -> Answer<Product> {
    state.with(|s| s.save_product(&input, now()))
}

#[tauri::command]
pub fn set_product_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Product> {
    state.with(|s| s.set_product_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_markets(state: State<AppState>, include_archived: bool) -> Answer<Vec<Market>> {
    state.with(|s| s.markets(include_archived))
}

#[tauri::command]
pub fn save_market(state: State<AppState>, input: MarketInput) -> Answer<Market> {
    state.with(|s| s.save_market(&input, now()))
}

#[tauri::command]
pub fn set_market_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Market> {
    state.with(|s| s.set_market_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_campaigns(state: State<AppState>, include_archived: bool) -> Answer<Vec<Campaign>> {
    state.with(|s| s.campaigns(include_archived))
}

#[tauri::command]
pub fn get_campaign(state: State<AppState>, id: String) -> Answer<Campaign> {
    state.with(|s| s.campaign(&id))
}

#[tauri::command]
pub fn save_campaign(state: State<AppState>, input: CampaignInput) -> Answer<Campaign> {
    state.with(|s| s.save_campaign(&input, now()))
}

#[tauri::command]
pub fn set_campaign_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Campaign> {
    state.with(|s| s.set_campaign_archived(&id, archived, now()))
}

#[tauri::command]
pub fn set_campaign_weights(
    state: State<AppState>,
    id: String,
    weights: Weights,
) -> Answer<Campaign> {
    state.with(|s| s.set_campaign_weights(&id, &weights, now()))
}

#[tauri::command]
pub fn campaign_analysis(
    state: State<AppState>,
    id: String,
    weights: Option<Weights>,
) -> Answer<MarketAnalysis> {
    state.with(|s| s.campaign_analysis(&id, weights))
}

#[tauri::command]
pub fn list_interviews(state: State<AppState>, query: InterviewQuery) -> Answer<InterviewPage> {
    state.with(|s| s.interviews(&query))
}

#[tauri::command]
pub fn get_interview(state: State<AppState>, id: String) -> Answer<Interview> {
    state.with(|s| s.interview(&id))
}

#[tauri::command]
pub fn save_interview(state: State<AppState>, input: InterviewInput) -> Answer<Interview> {
    state.with(|s| s.save_interview(&input, now()))
}

#[tauri::command]
pub fn set_interview_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Interview> {
    state.with(|s| s.set_interview_archived(&id, archived, now()))
}

#[tauri::command]
pub fn willing_vendors(state: State<AppState>, campaign_id: String) -> Answer<Vec<WillingVendor>> {
    state.with(|s| s.willing_vendors(&campaign_id))
}

#[tauri::command]
pub fn buyer_from_interview(state: State<AppState>, interview_id: String) -> Answer<Buyer> {
    state.with(|s| s.buyer_from_interview(&interview_id, now()))
}

#[tauri::command]
pub fn list_slg_meetings(
    state: State<AppState>,
    slg_id: Option<String>,
) -> Answer<Vec<SlgMeetingSummary>> {
    state.with(|s| s.slg_meetings(slg_id.as_deref()))
}

#[tauri::command]
pub fn get_slg_meeting(state: State<AppState>, id: String) -> Answer<SlgMeeting> {
    state.with(|s| s.slg_meeting(&id))
}

#[tauri::command]
pub fn save_slg_meeting(state: State<AppState>, input: SlgMeetingInput) -> Answer<SlgMeeting> {
    state.with(|s| s.save_slg_meeting(&input, now()))
}

#[tauri::command]
pub fn set_slg_meeting_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<SlgMeeting> {
    state.with(|s| s.set_slg_meeting_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_forums(state: State<AppState>, include_archived: bool) -> Answer<Vec<Forum>> {
    state.with(|s| s.forums(include_archived))
}

#[tauri::command]
pub fn get_forum(state: State<AppState>, id: String) -> Answer<Forum> {
    state.with(|s| s.forum(&id))
}

#[tauri::command]
pub fn save_forum(state: State<AppState>, input: ForumInput) -> Answer<Forum> {
    state.with(|s| s.save_forum(&input, now()))
}

#[tauri::command]
pub fn set_forum_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Forum> {
    state.with(|s| s.set_forum_archived(&id, archived, now()))
}

#[tauri::command]
pub fn set_forum_agenda(
    state: State<AppState>,
    id: String,
    items: Vec<AgendaItem>,
) -> Answer<Forum> {
    state.with(|s| s.set_forum_agenda(&id, &items, now()))
}

#[tauri::command]
pub fn list_participants(
    state: State<AppState>,
    forum_id: String,
    include_archived: bool,
) -> Answer<Vec<Participant>> {
    state.with(|s| s.forum_participants(&forum_id, include_archived))
}

#[tauri::command]
pub fn save_participant(state: State<AppState>, input: ParticipantInput) -> Answer<Participant> {
    state.with(|s| s.save_participant(&input, now()))
}

#[tauri::command]
pub fn set_participant_status(
    state: State<AppState>,
    id: String,
    status: InvitationStatus,
) -> Answer<Participant> {
    state.with(|s| s.set_participant_status(&id, status, now()))
}

#[tauri::command]
pub fn set_participant_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Participant> {
    state.with(|s| s.set_participant_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_clusters(
    state: State<AppState>,
    forum_id: Option<String>,
    include_archived: bool,
) -> Answer<Vec<Cluster>> {
    state.with(|s| s.clusters(forum_id.as_deref(), include_archived))
}

#[tauri::command]
pub fn save_cluster(state: State<AppState>, input: ClusterInput) -> Answer<Cluster> {
    state.with(|s| s.save_cluster(&input, now()))
}

#[tauri::command]
pub fn set_cluster_archived(state: State<AppState>, id: String, archived: bool) -> Answer<Cluster> {
    state.with(|s| s.set_cluster_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_producer_groups(
    state: State<AppState>,
    commune_code: Option<String>,
    include_archived: bool,
) -> Answer<Vec<ProducerGroupSummary>> {
    state.with(|s| s.producer_groups(commune_code.as_deref(), include_archived))
}

#[tauri::command]
pub fn get_producer_group(state: State<AppState>, id: String) -> Answer<ProducerGroup> {
    state.with(|s| s.producer_group(&id))
}

#[tauri::command]
pub fn save_producer_group(
    state: State<AppState>,
    input: ProducerGroupInput,
) -> Answer<ProducerGroup> {
    state.with(|s| s.save_producer_group(&input, now()))
}

#[tauri::command]
pub fn set_producer_group_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<ProducerGroup> {
    state.with(|s| s.set_producer_group_archived(&id, archived, now()))
}

#[tauri::command]
pub fn add_group_member(
    state: State<AppState>,
    group_id: String,
    household_id: String,
    reason: String,
    confirmed: bool,
) -> Answer<ProducerGroup> {
    state.with(|s| s.add_group_member(&group_id, &household_id, &reason, confirmed, now()))
}

#[tauri::command]
pub fn remove_group_member(
    state: State<AppState>,
    group_id: String,
    household_id: String,
) -> Answer<ProducerGroup> {
    state.with(|s| s.remove_group_member(&group_id, &household_id, now()))
}

#[tauri::command]
pub fn set_group_committee(
    state: State<AppState>,
    group_id: String,
    seats: Vec<CommitteeSeatInput>,
) -> Answer<ProducerGroup> {
    state.with(|s| s.set_group_committee(&group_id, &seats, now()))
}

#[tauri::command]
pub fn mark_group_formed(
    state: State<AppState>,
    group_id: String,
    date: String,
) -> Answer<ProducerGroup> {
    state.with(|s| s.mark_group_formed(&group_id, &date, now()))
}

#[tauri::command]
pub fn set_group_inactive(
    state: State<AppState>,
    group_id: String,
    since: Option<String>,
) -> Answer<ProducerGroup> {
    state.with(|s| s.set_group_inactive(&group_id, since.as_deref(), now()))
}

#[tauri::command]
pub fn bylaws_template(state: State<AppState>, group_id: String) -> Answer<Vec<BylawClause>> {
    state.with(|s| s.bylaws_template(&group_id))
}

#[tauri::command]
pub fn get_bylaws(state: State<AppState>, group_id: String) -> Answer<Option<Bylaws>> {
    state.with(|s| s.bylaws(&group_id))
}

#[tauri::command]
pub fn bylaws_history(state: State<AppState>, group_id: String) -> Answer<Vec<Bylaws>> {
    state.with(|s| s.bylaws_history(&group_id))
}

#[tauri::command]
pub fn save_bylaws(
    state: State<AppState>,
    group_id: String,
    clauses: Vec<BylawClause>,
) -> Answer<Bylaws> {
    state.with(|s| s.save_bylaws(&group_id, &clauses, now()))
}

#[tauri::command]
pub fn adopt_bylaws(
    state: State<AppState>,
    group_id: String,
    version: u32,
    date: String,
    meeting: String,
    members_present: Option<u32>,
) -> Answer<Bylaws> {
    state.with(|s| s.adopt_bylaws(&group_id, version, &date, &meeting, members_present, now()))
}

#[tauri::command]
pub fn contract_template(
    state: State<AppState>,
    group_ids: Vec<String>,
    buyer_id: String,
) -> Answer<ContractTerms> {
    state.with(|s| s.contract_template(&group_ids, &buyer_id))
}

/// The checklist of terms being typed, before they are saved.
#[tauri::command]
pub fn contract_checklist(terms: ContractTerms) -> Vec<ChecklistItem> {
    cluster_core::contract::checklist::checklist(&terms)
}

#[tauri::command]
pub fn list_contracts(
    state: State<AppState>,
    query: ContractQuery,
) -> Answer<Vec<ContractSummary>> {
    state.with(|s| s.contracts(&query))
}

#[tauri::command]
pub fn get_contract(state: State<AppState>, id: String) -> Answer<Contract> {
    state.with(|s| s.contract(&id))
}

#[tauri::command]
pub fn contract_versions(state: State<AppState>, id: String) -> Answer<Vec<ContractVersion>> {
    state.with(|s| s.contract_versions(&id))
}

#[tauri::command]
pub fn save_contract(state: State<AppState>, input: ContractInput) -> Answer<Contract> {
    state.with(|s| s.save_contract(&input, now()))
}

#[tauri::command]
pub fn sign_contract(state: State<AppState>, id: String, date: String) -> Answer<Contract> {
    state.with(|s| s.sign_contract(&id, &date, now()))
}

#[tauri::command]
pub fn set_contract_status(
    state: State<AppState>,
    id: String,
    status: ContractStatus,
    date: String,
    reason: String,
) -> Answer<Contract> {
    state.with(|s| s.set_contract_status(&id, status, &date, &reason, now()))
}

#[tauri::command]
pub fn set_contract_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Contract> {
    state.with(|s| s.set_contract_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_deliveries(state: State<AppState>, contract_id: String) -> Answer<Vec<Delivery>> {
    state.with(|s| s.deliveries(&contract_id))
}

#[tauri::command]
pub fn save_delivery(state: State<AppState>, input: DeliveryInput) -> Answer<Delivery> {
    state.with(|s| s.save_delivery(&input, now()))
}

#[tauri::command]
pub fn contract_fulfilment(state: State<AppState>, id: String) -> Answer<Fulfilment> {
    state.with(|s| s.contract_fulfilment(&id, now().date()))
}

#[tauri::command]
pub fn contract_alerts(state: State<AppState>) -> Answer<Vec<ContractAlert>> {
    state.with(|s| s.contract_alerts(now().date()))
}

#[tauri::command]
pub fn get_envelopes(state: State<AppState>) -> Answer<Envelopes> {
    state.with(|s| s.envelopes())
}

#[tauri::command]
pub fn set_envelopes(state: State<AppState>, envelopes: Envelopes) -> Answer<Envelopes> {
    state.with(|s| s.set_envelopes(&envelopes))
}

#[tauri::command]
pub fn budget_plan(state: State<AppState>, fiscal_year: i32) -> Answer<Vec<BudgetPlanCell>> {
    state.with(|s| s.budget_plan(fiscal_year))
}

#[tauri::command]
pub fn save_budget_plan(
    state: State<AppState>,
    input: BudgetPlanInput,
) -> Answer<Vec<BudgetPlanCell>> {
    state.with(|s| s.save_budget_plan(&input, now()))
}

#[tauri::command]
pub fn budget_overview(state: State<AppState>, fiscal_year: i32) -> Answer<BudgetOverview> {
    state.with(|s| s.budget_overview(fiscal_year))
}

#[tauri::command]
pub fn budget_events(state: State<AppState>, fiscal_year: i32) -> Answer<Vec<EventChoice>> {
    state.with(|s| s.budget_events(fiscal_year))
}

#[tauri::command]
pub fn list_expenditures(
    state: State<AppState>,
    fiscal_year: i32,
    commune_code: Option<String>,
) -> Answer<Vec<Expenditure>> {
    state.with(|s| s.expenditures(fiscal_year, commune_code.as_deref()))
}

#[tauri::command]
pub fn save_expenditure(state: State<AppState>, input: ExpenditureInput) -> Answer<Expenditure> {
    state.with(|s| s.save_expenditure(&input, now()))
}

#[tauri::command]
pub fn reverse_expenditure(
    state: State<AppState>,
    id: String,
    reason: String,
) -> Answer<Expenditure> {
    state.with(|s| s.reverse_expenditure(&id, &reason, now()))
}

#[tauri::command]
pub fn list_distributions(
    state: State<AppState>,
    fiscal_year: i32,
    slg_id: Option<String>,
) -> Answer<Vec<Distribution>> {
    state.with(|s| s.distributions(fiscal_year, slg_id.as_deref()))
}

#[tauri::command]
pub fn save_distribution(state: State<AppState>, input: DistributionInput) -> Answer<Distribution> {
    state.with(|s| s.save_distribution(&input, now()))
}

#[tauri::command]
pub fn reverse_distribution(
    state: State<AppState>,
    id: String,
    reason: String,
) -> Answer<Distribution> {
    state.with(|s| s.reverse_distribution(&id, &reason, now()))
}

#[tauri::command]
pub fn group_plans(
    state: State<AppState>,
    group_id: String,
    season: Option<String>,
) -> Answer<Vec<ProductionPlan>> {
    state.with(|s| s.group_plans(&group_id, season.as_deref()))
}

#[tauri::command]
pub fn household_plans(
    state: State<AppState>,
    household_id: String,
) -> Answer<Vec<ProductionPlan>> {
    state.with(|s| s.household_plans(&household_id))
}

#[tauri::command]
pub fn get_production_plan(state: State<AppState>, id: String) -> Answer<ProductionPlan> {
    state.with(|s| s.production_plan(&id))
}

#[tauri::command]
pub fn save_production_plan(
    state: State<AppState>,
    input: ProductionPlanInput,
) -> Answer<ProductionPlan> {
    state.with(|s| s.save_production_plan(&input, now()))
}

#[tauri::command]
pub fn set_production_plan_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<ProductionPlan> {
    state.with(|s| s.set_production_plan_archived(&id, archived, now()))
}

#[tauri::command]
pub fn group_supply_plan(
    state: State<AppState>,
    group_id: String,
    season: Option<String>,
) -> Answer<SupplyPlan> {
    state.with(|s| s.group_supply_plan(&group_id, season.as_deref()))
}

#[tauri::command]
pub fn group_trainings(state: State<AppState>, group_id: String) -> Answer<Vec<Training>> {
    state.with(|s| s.group_trainings(&group_id))
}

#[tauri::command]
pub fn save_training(state: State<AppState>, input: TrainingInput) -> Answer<Training> {
    state.with(|s| s.save_training(&input, now()))
}

#[tauri::command]
pub fn set_training_archived(
    state: State<AppState>,
    id: String,
    archived: bool,
) -> Answer<Training> {
    state.with(|s| s.set_training_archived(&id, archived, now()))
}

#[tauri::command]
pub fn list_buyer_groups(
    state: State<AppState>,
    include_archived: bool,
) -> Answer<Vec<BuyerGroup>> {
    state.with(|s| s.buyer_groups(include_archived))
}

#[tauri::command]
pub fn save_buyer_group(state: State<AppState>, input: BuyerGroupInput) -> Answer<BuyerGroup> {
    state.with(|s| s.save_buyer_group(&input, now()))
}

#[tauri::command]
pub fn group_buyers(state: State<AppState>, group_id: String) -> Answer<Vec<GroupBuyerLink>> {
    state.with(|s| s.group_buyers(&group_id))
}

#[tauri::command]
pub fn set_group_buyers(
    state: State<AppState>,
    group_id: String,
    links: Vec<GroupBuyerLinkInput>,
) -> Answer<Vec<GroupBuyerLink>> {
    state.with(|s| s.set_group_buyers(&group_id, &links, now()))
}

#[tauri::command]
pub fn group_links(state: State<AppState>, group_id: String) -> Answer<Vec<GroupLink>> {
    state.with(|s| s.group_links(&group_id))
}

#[tauri::command]
pub fn link_groups(
    state: State<AppState>,
    group_id: String,
    other_group_id: String,
    product_id: String,
) -> Answer<Vec<GroupLink>> {
    state.with(|s| s.link_groups(&group_id, &other_group_id, &product_id, now()))
}

#[tauri::command]
pub fn unlink_groups(
    state: State<AppState>,
    group_id: String,
    other_group_id: String,
    product_id: String,
) -> Answer<Vec<GroupLink>> {
    state.with(|s| s.unlink_groups(&group_id, &other_group_id, &product_id, now()))
}

/// The analysis's three charts as SVG documents for the window (the same charts the
/// market brief prints).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarketCharts {
    pub demand: String,
    pub calendar: String,
    pub prices: String,
}

#[tauri::command]
pub fn market_charts(
    state: State<AppState>,
    campaign_id: String,
    lang: Lang,
) -> Answer<MarketCharts> {
    state.with_doc(|s| {
        let c = files::market_charts(s, &campaign_id, lang)?;
        Ok(MarketCharts {
            demand: c.demand,
            calendar: c.calendar,
            prices: c.prices,
        })
    })
}

#[tauri::command]
pub async fn print_market_interview_form(
    app: AppHandle,
    state: State<'_, AppState>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_market_interview_form(s, mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn print_market_brief(
    app: AppHandle,
    state: State<'_, AppState>,
    campaign_id: String,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_market_brief(s, &campaign_id, mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn export_market_study(
    app: AppHandle,
    state: State<'_, AppState>,
    campaign_id: String,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::export_market_study(s, &campaign_id, dir, now())
    })
    .await
}

/// A print of one record (`id`) in the chosen language, into the folder the officer
/// picks.
macro_rules! print_record {
    ($name:ident, $arg:ident, $print:path) => {
        #[tauri::command]
        pub async fn $name(
            app: AppHandle,
            state: State<'_, AppState>,
            $arg: String,
            mode: PrintMode,
        ) -> Answer<Option<String>> {
            deliver(&app, &state, |s, dir| {
                $print(s, &$arg, mode.into(), dir, now())
            })
            .await
        }
    };
}

print_record!(print_forum_agenda, forum_id, files::print_forum_agenda);
print_record!(
    print_forum_attendance,
    forum_id,
    files::print_forum_attendance
);
print_record!(
    print_forum_name_cards,
    forum_id,
    files::print_forum_name_cards
);
print_record!(print_forum_report, forum_id, files::print_forum_report);
print_record!(
    print_slg_meeting_minutes,
    meeting_id,
    files::print_slg_meeting_minutes
);
print_record!(print_cluster_plan, cluster_id, files::print_cluster_plan);
print_record!(print_bylaws, group_id, files::print_bylaws);
print_record!(print_contract, contract_id, files::print_contract);
print_record!(
    print_contract_summary,
    contract_id,
    files::print_contract_summary
);

print_record!(print_input_handover, slg_id, files::print_input_handover);

/// The year's expenditure summary, with its chart of budget use.
#[tauri::command]
pub async fn print_expenditure_summary(
    app: AppHandle,
    state: State<'_, AppState>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_expenditure_summary(s, mode.into(), dir, now())
    })
    .await
}

/// The year's budget workbook: plan against actual, envelopes and journals.
#[tauri::command]
pub async fn export_budget_report(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::export_budget_report(s, dir, now())
    })
    .await
}

/// The blank contract form, to fill by hand.
#[tauri::command]
pub async fn print_contract_blank(
    app: AppHandle,
    state: State<'_, AppState>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_contract_blank(s, mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn export_contracts(
    app: AppHandle,
    state: State<'_, AppState>,
    query: ContractQuery,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::export_contracts(s, &query, dir, now())
    })
    .await
}

#[tauri::command]
pub async fn export_deliveries(
    app: AppHandle,
    state: State<'_, AppState>,
    query: ContractQuery,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::export_deliveries(s, &query, dir, now())
    })
    .await
}
print_record!(
    print_group_supply_plan,
    group_id,
    files::print_group_supply_plan
);

#[tauri::command]
pub async fn print_household_production_plans(
    app: AppHandle,
    state: State<'_, AppState>,
    group_id: String,
    household_id: Option<String>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_household_production_plans(
            s,
            &group_id,
            household_id.as_deref(),
            mode.into(),
            dir,
            now(),
        )
    })
    .await
}

#[tauri::command]
pub async fn print_training_attendance(
    app: AppHandle,
    state: State<'_, AppState>,
    group_id: String,
    training_id: Option<String>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_training_attendance(
            s,
            &group_id,
            training_id.as_deref(),
            mode.into(),
            dir,
            now(),
        )
    })
    .await
}

#[tauri::command]
pub async fn print_forum_invitations(
    app: AppHandle,
    state: State<'_, AppState>,
    forum_id: String,
    participant_id: Option<String>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_forum_invitations(
            s,
            &forum_id,
            participant_id.as_deref(),
            mode.into(),
            dir,
            now(),
        )
    })
    .await
}

#[tauri::command]
pub async fn print_meeting_pack(
    app: AppHandle,
    state: State<'_, AppState>,
    slg_id: String,
    campaign_id: Option<String>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_meeting_pack(s, &slg_id, campaign_id.as_deref(), mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn print_household_register(
    app: AppHandle,
    state: State<'_, AppState>,
    slg_id: String,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_household_register(s, &slg_id, mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn print_attendance_sheet(
    app: AppHandle,
    state: State<'_, AppState>,
    mode: PrintMode,
) -> Answer<Option<String>> {
    deliver(&app, &state, |s, dir| {
        files::print_attendance_sheet(s, mode.into(), dir, now())
    })
    .await
}

#[tauri::command]
pub async fn export_households(
    app: AppHandle,
    state: State<'_, AppState>,
    query: HouseholdQuery,
) -> Answer<Option<String>> {
    let progress = &mut printing::progress(&app);
    deliver(&app, &state, |s, dir| {
        files::export_households(s, &query, dir, now(), progress)
    })
    .await
}

#[tauri::command]
pub async fn export_slgs(
    app: AppHandle,
    state: State<'_, AppState>,
    query: SlgQuery,
) -> Answer<Option<String>> {
    let progress = &mut printing::progress(&app);
    deliver(&app, &state, |s, dir| {
        files::export_slgs(s, &query, dir, now(), progress)
    })
    .await
}

#[tauri::command]
pub async fn export_buyers(
    app: AppHandle,
    state: State<'_, AppState>,
    query: BuyerQuery,
) -> Answer<Option<String>> {
    let progress = &mut printing::progress(&app);
    deliver(&app, &state, |s, dir| {
        files::export_buyers(s, &query, dir, now(), progress)
    })
    .await
}
