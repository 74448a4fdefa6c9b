// One typed function per backend command, and the mapping of a rejected call to
// messages in the user's language. Nothing here decides a rule: the backend does.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AgeVerdict } from "../bindings/AgeVerdict";
import type { AgendaItem } from "../bindings/AgendaItem";
import type { AppInfo } from "../bindings/AppInfo";
import type { BudgetOverview } from "../bindings/BudgetOverview";
import type { BudgetPlanCell } from "../bindings/BudgetPlanCell";
import type { BudgetPlanInput } from "../bindings/BudgetPlanInput";
import type { Distribution } from "../bindings/Distribution";
import type { DistributionInput } from "../bindings/DistributionInput";
import type { Envelopes } from "../bindings/Envelopes";
import type { EventChoice } from "../bindings/EventChoice";
import type { Expenditure } from "../bindings/Expenditure";
import type { ExpenditureInput } from "../bindings/ExpenditureInput";
import type { Buyer } from "../bindings/Buyer";
import type { BuyerGroup } from "../bindings/BuyerGroup";
import type { BuyerGroupInput } from "../bindings/BuyerGroupInput";
import type { GroupBuyerLink } from "../bindings/GroupBuyerLink";
import type { GroupBuyerLinkInput } from "../bindings/GroupBuyerLinkInput";
import type { GroupLink } from "../bindings/GroupLink";
import type { Campaign } from "../bindings/Campaign";
import type { MarketCharts } from "../bindings/MarketCharts";
import type { CampaignInput } from "../bindings/CampaignInput";
import type { Cluster } from "../bindings/Cluster";
import type { ClusterInput } from "../bindings/ClusterInput";
import type { BuyerInput } from "../bindings/BuyerInput";
import type { BylawClause } from "../bindings/BylawClause";
import type { Bylaws } from "../bindings/Bylaws";
import type { CommitteeSeatInput } from "../bindings/CommitteeSeatInput";
import type { BuyerPage } from "../bindings/BuyerPage";
import type { BuyerQuery } from "../bindings/BuyerQuery";
import type { ChecklistItem } from "../bindings/ChecklistItem";
import type { Contract } from "../bindings/Contract";
import type { ContractAlert } from "../bindings/ContractAlert";
import type { ContractInput } from "../bindings/ContractInput";
import type { ContractQuery } from "../bindings/ContractQuery";
import type { ContractStatus } from "../bindings/ContractStatus";
import type { ContractSummary } from "../bindings/ContractSummary";
import type { ContractTerms } from "../bindings/ContractTerms";
import type { ContractVersion } from "../bindings/ContractVersion";
import type { Delivery } from "../bindings/Delivery";
import type { DeliveryInput } from "../bindings/DeliveryInput";
import type { Fulfilment } from "../bindings/Fulfilment";
import type { Dashboard } from "../bindings/Dashboard";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { ExportProgress } from "../bindings/ExportProgress";
import type { Forum } from "../bindings/Forum";
import type { ForumInput } from "../bindings/ForumInput";
import type { GazetteerCounts } from "../bindings/GazetteerCounts";
import type { Household } from "../bindings/Household";
import type { HouseholdInput } from "../bindings/HouseholdInput";
import type { HouseholdPage } from "../bindings/HouseholdPage";
import type { HouseholdQuery } from "../bindings/HouseholdQuery";
import type { Interview } from "../bindings/Interview";
import type { InterviewInput } from "../bindings/InterviewInput";
import type { InterviewPage } from "../bindings/InterviewPage";
import type { InterviewQuery } from "../bindings/InterviewQuery";
import type { InvitationStatus } from "../bindings/InvitationStatus";
import type { IpcError } from "../bindings/IpcError";
import type { Lang } from "../bindings/Lang";
import type { Market } from "../bindings/Market";
import type { MarketAnalysis } from "../bindings/MarketAnalysis";
import type { MarketInput } from "../bindings/MarketInput";
import type { Office } from "../bindings/Office";
import type { OfficeInput } from "../bindings/OfficeInput";
import type { Official } from "../bindings/Official";
import type { OfficialInput } from "../bindings/OfficialInput";
import type { Participant } from "../bindings/Participant";
import type { ParticipantInput } from "../bindings/ParticipantInput";
import type { Place } from "../bindings/Place";
import type { PrintMode } from "../bindings/PrintMode";
import type { ProducerGroup } from "../bindings/ProducerGroup";
import type { ProducerGroupInput } from "../bindings/ProducerGroupInput";
import type { ProducerGroupSummary } from "../bindings/ProducerGroupSummary";
import type { Product } from "../bindings/Product";
import type { ProductionPlan } from "../bindings/ProductionPlan";
import type { ProductionPlanInput } from "../bindings/ProductionPlanInput";
import type { ProductInput } from "../bindings/ProductInput";
import type { Settings } from "../bindings/Settings";
import type { Slg } from "../bindings/Slg";
import type { SupplyPlan } from "../bindings/SupplyPlan";
import type { Training } from "../bindings/Training";
import type { TrainingInput } from "../bindings/TrainingInput";
import type { SlgInput } from "../bindings/SlgInput";
import type { SlgMeeting } from "../bindings/SlgMeeting";
import type { SlgMeetingInput } from "../bindings/SlgMeetingInput";
import type { SlgMeetingSummary } from "../bindings/SlgMeetingSummary";
import type { SlgPage } from "../bindings/SlgPage";
import type { SlgQuery } from "../bindings/SlgQuery";
import type { Weights } from "../bindings/Weights";
import type { WillingVendor } from "../bindings/WillingVendor";
import { ERROR_CODES } from "./codes";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const appInfo = () => call<AppInfo>("app_info");
export const gazetteerCounts = () => call<GazetteerCounts>("gazetteer_counts");

export const getSettings = () => call<Settings>("get_settings");
export const setLanguage = (lang: Lang) => call<Settings>("set_language", { lang });
export const setYouthRange = (min: number, max: number) =>
  call<Settings>("set_youth_range", { min, max });

export const provinces = () => call<Place[]>("provinces");
export const districts = (provinceCode: string) => call<Place[]>("districts", { provinceCode });
export const communes = (districtCode: string) => call<Place[]>("communes", { districtCode });
export const villages = (communeCode: string) => call<Place[]>("villages", { communeCode });

export const getOffice = () => call<Office | null>("get_office");
export const setupOffice = (input: OfficeInput) => call<Office>("setup_office", { input });
export const updateOffice = (input: OfficeInput) => call<Office>("update_office", { input });
export const loadDemo = () => call<Office>("load_demo");

export const dashboard = () => call<Dashboard>("dashboard");

export const listOfficials = (includeArchived: boolean) =>
  call<Official[]>("list_officials", { includeArchived });
export const saveOfficial = (input: OfficialInput) => call<Official>("save_official", { input });
export const setOfficialArchived = (id: string, archived: boolean) =>
  call<Official>("set_official_archived", { id, archived });

export const ageVerdict = (birthYear: number) => call<AgeVerdict | null>("age_verdict", { birthYear });
export const listHouseholds = (query: HouseholdQuery) =>
  call<HouseholdPage>("list_households", { query });
export const saveHousehold = (input: HouseholdInput) =>
  call<Household>("save_household", { input });
export const setHouseholdArchived = (id: string, archived: boolean) =>
  call<Household>("set_household_archived", { id, archived });

export const listSlgs = (query: SlgQuery) => call<SlgPage>("list_slgs", { query });
export const saveSlg = (input: SlgInput) => call<Slg>("save_slg", { input });
export const setSlgArchived = (id: string, archived: boolean) =>
  call<Slg>("set_slg_archived", { id, archived });
export const addSlgMember = (slgId: string, householdId: string) =>
  call<Slg>("add_slg_member", { slgId, householdId });
export const removeSlgMember = (slgId: string, householdId: string) =>
  call<Slg>("remove_slg_member", { slgId, householdId });

export const listBuyers = (query: BuyerQuery) => call<BuyerPage>("list_buyers", { query });
export const saveBuyer = (input: BuyerInput) => call<Buyer>("save_buyer", { input });
export const setBuyerArchived = (id: string, archived: boolean) =>
  call<Buyer>("set_buyer_archived", { id, archived });

// The market study (guideline step 1): the product catalogue, the markets, the
// campaigns with their interviews, the analysis and the willing vendors.
export const listProducts = (includeArchived: boolean) =>
  call<Product[]>("list_products", { includeArchived });
export const saveProduct = (input: ProductInput) => call<Product>("save_product", { input });
export const setProductArchived = (id: string, archived: boolean) =>
  call<Product>("set_product_archived", { id, archived });

export const listMarkets = (includeArchived: boolean) =>
  call<Market[]>("list_markets", { includeArchived });
export const saveMarket = (input: MarketInput) => call<Market>("save_market", { input });
export const setMarketArchived = (id: string, archived: boolean) =>
  call<Market>("set_market_archived", { id, archived });

export const listCampaigns = (includeArchived: boolean) =>
  call<Campaign[]>("list_campaigns", { includeArchived });
export const getCampaign = (id: string) => call<Campaign>("get_campaign", { id });
export const saveCampaign = (input: CampaignInput) => call<Campaign>("save_campaign", { input });
export const setCampaignArchived = (id: string, archived: boolean) =>
  call<Campaign>("set_campaign_archived", { id, archived });
export const setCampaignWeights = (id: string, weights: Weights) =>
  call<Campaign>("set_campaign_weights", { id, weights });
/** Ranked with `weights`, or with the campaign's saved weights when null. */
export const campaignAnalysis = (id: string, weights: Weights | null) =>
  call<MarketAnalysis>("campaign_analysis", { id, weights });

export const listInterviews = (query: InterviewQuery) =>
  call<InterviewPage>("list_interviews", { query });
export const getInterview = (id: string) => call<Interview>("get_interview", { id });
export const saveInterview = (input: InterviewInput) => call<Interview>("save_interview", { input });
export const setInterviewArchived = (id: string, archived: boolean) =>
  call<Interview>("set_interview_archived", { id, archived });

export const willingVendors = (campaignId: string) =>
  call<WillingVendor[]>("willing_vendors", { campaignId });
export const buyerFromInterview = (interviewId: string) =>
  call<Buyer>("buyer_from_interview", { interviewId });

export const marketCharts = (campaignId: string, lang: Lang) =>
  call<MarketCharts>("market_charts", { campaignId, lang });

// SLG meetings (guideline step 2): the market study presented to a group, who came,
// what they can produce and the plan they agreed, their SWOT and support needs.
/** The meetings of one SLG, or of every SLG (`slgId` null), newest first; archived ones left out. */
export const listSlgMeetings = (slgId: string | null) =>
  call<SlgMeetingSummary[]>("list_slg_meetings", { slgId });
export const getSlgMeeting = (id: string) => call<SlgMeeting>("get_slg_meeting", { id });
export const saveSlgMeeting = (input: SlgMeetingInput) => call<SlgMeeting>("save_slg_meeting", { input });
export const setSlgMeetingArchived = (id: string, archived: boolean) =>
  call<SlgMeeting>("set_slg_meeting_archived", { id, archived });

// The district forum (guideline step 3): its agenda, who is invited and who came,
// and the clusters formed there.
export const listForums = (includeArchived: boolean) => call<Forum[]>("list_forums", { includeArchived });
export const getForum = (id: string) => call<Forum>("get_forum", { id });
/** A new forum starts with the guideline's one-day agenda. */
export const saveForum = (input: ForumInput) => call<Forum>("save_forum", { input });
export const setForumArchived = (id: string, archived: boolean) =>
  call<Forum>("set_forum_archived", { id, archived });
/** Replaces the agenda whole; the forum comes back with it in time order. */
export const setForumAgenda = (id: string, items: AgendaItem[]) =>
  call<Forum>("set_forum_agenda", { id, items });

export const listParticipants = (forumId: string, includeArchived: boolean) =>
  call<Participant[]>("list_participants", { forumId, includeArchived });
/** Picked from a register by one of its `*Id` fields, the empty boxes are filled from the record. */
export const saveParticipant = (input: ParticipantInput) =>
  call<Participant>("save_participant", { input });
export const setParticipantStatus = (id: string, status: InvitationStatus) =>
  call<Participant>("set_participant_status", { id, status });
export const setParticipantArchived = (id: string, archived: boolean) =>
  call<Participant>("set_participant_archived", { id, archived });

/** The clusters of one forum, or of all (`forumId` null). */
export const listClusters = (forumId: string | null, includeArchived: boolean) =>
  call<Cluster[]>("list_clusters", { forumId, includeArchived });
export const saveCluster = (input: ClusterInput) => call<Cluster>("save_cluster", { input });
export const setClusterArchived = (id: string, archived: boolean) =>
  call<Cluster>("set_cluster_archived", { id, archived });

// Market producer groups (guideline step 4): members from the commune's SLGs, the
// committee, the strategy, the by-laws and their adoption, and the readiness checklist.
/** Groups of one commune, or of the district (`communeCode` null), by name. */
export const listProducerGroups = (communeCode: string | null, includeArchived: boolean) =>
  call<ProducerGroupSummary[]>("list_producer_groups", { communeCode, includeArchived });
export const getProducerGroup = (id: string) => call<ProducerGroup>("get_producer_group", { id });
export const saveProducerGroup = (input: ProducerGroupInput) =>
  call<ProducerGroup>("save_producer_group", { input });
export const setProducerGroupArchived = (id: string, archived: boolean) =>
  call<ProducerGroup>("set_producer_group_archived", { id, archived });
/**
 * A household joins. `reason` is needed for one not from an SLG of the group's commune;
 * warnings (another group for the same product, above 15) answer `needs_confirmation`
 * until sent again with `confirmed`.
 */
export const addGroupMember = (groupId: string, householdId: string, reason: string, confirmed: boolean) =>
  call<ProducerGroup>("add_group_member", { groupId, householdId, reason, confirmed });
export const removeGroupMember = (groupId: string, householdId: string) =>
  call<ProducerGroup>("remove_group_member", { groupId, householdId });
/** Replaces the whole committee; a seat without a household is vacant. */
export const setGroupCommittee = (groupId: string, seats: CommitteeSeatInput[]) =>
  call<ProducerGroup>("set_group_committee", { groupId, seats });
/** Refused with every reason (members, by-laws, plans) unless the group is ready. */
export const markGroupFormed = (groupId: string, date: string) =>
  call<ProducerGroup>("mark_group_formed", { groupId, date });
/** Inactive since `since`, or active again (null). */
export const setGroupInactive = (groupId: string, since: string | null) =>
  call<ProducerGroup>("set_group_inactive", { groupId, since });
/** The guideline's clauses, filled with the group's name. */
export const bylawsTemplate = (groupId: string) => call<BylawClause[]>("bylaws_template", { groupId });
/** The newest version, or null before any was written. */
export const getBylaws = (groupId: string) => call<Bylaws | null>("get_bylaws", { groupId });
/** Every version, newest first, without their clauses. */
export const bylawsHistory = (groupId: string) => call<Bylaws[]>("bylaws_history", { groupId });
/** A new version; the newest unchanged when the text is the same. */
export const saveBylaws = (groupId: string, clauses: BylawClause[]) =>
  call<Bylaws>("save_bylaws", { groupId, clauses });
export const adoptBylaws = (
  groupId: string,
  version: number,
  date: string,
  meeting: string,
  membersPresent: number | null,
) => call<Bylaws>("adopt_bylaws", { groupId, version, date, meeting, membersPresent });

// A group's production plans, its supply plan and its trainings (step 4).
/** The group's plans for one season, or for every season (`season` null). */
export const groupPlans = (groupId: string, season: string | null) =>
  call<ProductionPlan[]>("group_plans", { groupId, season });
export const householdPlans = (householdId: string) => call<ProductionPlan[]>("household_plans", { householdId });
export const getProductionPlan = (id: string) => call<ProductionPlan>("get_production_plan", { id });
/** Comes back with the core's revenue, cost and profit. */
export const saveProductionPlan = (input: ProductionPlanInput) =>
  call<ProductionPlan>("save_production_plan", { input });
export const setProductionPlanArchived = (id: string, archived: boolean) =>
  call<ProductionPlan>("set_production_plan_archived", { id, archived });
/** Per product and month, the quantities the members' plans put on the market. */
export const groupSupplyPlan = (groupId: string, season: string | null) =>
  call<SupplyPlan>("group_supply_plan", { groupId, season });
export const groupTrainings = (groupId: string) => call<Training[]>("group_trainings", { groupId });
export const saveTraining = (input: TrainingInput) => call<Training>("save_training", { input });
export const setTrainingArchived = (id: string, archived: boolean) =>
  call<Training>("set_training_archived", { id, archived });

// A group's buyers and its links to groups of other communes (step 4.1).
export const listBuyerGroups = (includeArchived: boolean) =>
  call<BuyerGroup[]>("list_buyer_groups", { includeArchived });
/** Refused below two buyers. */
export const saveBuyerGroup = (input: BuyerGroupInput) => call<BuyerGroup>("save_buyer_group", { input });
export const groupBuyers = (groupId: string) => call<GroupBuyerLink[]>("group_buyers", { groupId });
/** Replaces the whole list of the group's buyers and buyer groups. */
export const setGroupBuyers = (groupId: string, links: GroupBuyerLinkInput[]) =>
  call<GroupBuyerLink[]>("set_group_buyers", { groupId, links });
export const groupLinks = (groupId: string) => call<GroupLink[]>("group_links", { groupId });
/** Refused for a group of the same commune, or a product one of the two does not sell. */
export const linkGroups = (groupId: string, otherGroupId: string, productId: string) =>
  call<GroupLink[]>("link_groups", { groupId, otherGroupId, productId });
export const unlinkGroups = (groupId: string, otherGroupId: string, productId: string) =>
  call<GroupLink[]>("unlink_groups", { groupId, otherGroupId, productId });

// Contracts (guideline step 5) and the deliveries against them (step 6's supply
// monitoring). The core decides what a contract lacks and which changes it allows.
/** The template's clauses and the names the registers know, to start a contract from. */
export const contractTemplate = (groupIds: string[], buyerId: string) =>
  call<ContractTerms>("contract_template", { groupIds, buyerId });
/** What the terms being typed still lack: pure, nothing is saved. */
export const contractChecklist = (terms: ContractTerms) =>
  call<ChecklistItem[]>("contract_checklist", { terms });
export const listContracts = (query: ContractQuery) => call<ContractSummary[]>("list_contracts", { query });
export const getContract = (id: string) => call<Contract>("get_contract", { id });
/** Every version of the text, newest first. */
export const contractVersions = (id: string) => call<ContractVersion[]>("contract_versions", { id });
/** A new draft (`id` null), a draft rewritten, or a signed contract amended as a new version. */
export const saveContract = (input: ContractInput) => call<Contract>("save_contract", { input });
/** Refused with every reason (missing items, groups not formed, by-laws not adopted). */
export const signContract = (id: string, date: string) => call<Contract>("sign_contract", { id, date });
export const setContractStatus = (id: string, status: ContractStatus, date: string, reason: string) =>
  call<Contract>("set_contract_status", { id, status, date, reason });
export const setContractArchived = (id: string, archived: boolean) =>
  call<Contract>("set_contract_archived", { id, archived });
/** A contract's deliveries, newest first. */
export const listDeliveries = (contractId: string) => call<Delivery[]>("list_deliveries", { contractId });
/** The first delivery makes a signed contract active. */
export const saveDelivery = (input: DeliveryInput) => call<Delivery>("save_delivery", { input });
export const contractFulfilment = (id: string) => call<Fulfilment>("contract_fulfilment", { id });
/** Contracts behind on deliveries or payments, for the home screen. */
export const contractAlerts = () => call<ContractAlert[]>("contract_alerts");

// Budgets (guideline step 8): the envelopes (settings), the plan per target commune and
// activity line, the expenditure journal, the inputs given from each SLG's envelope.
// Money is integers: US cents, or the typed currency's units with the rate.
export const getEnvelopes = () => call<Envelopes>("get_envelopes");
export const setEnvelopes = (envelopes: Envelopes) => call<Envelopes>("set_envelopes", { envelopes });
export const budgetPlan = (fiscalYear: number) => call<BudgetPlanCell[]>("budget_plan", { fiscalYear });
/** Replaces the year's whole plan; a commune planned beyond its envelope asks for `confirmed`. */
export const saveBudgetPlan = (input: BudgetPlanInput) => call<BudgetPlanCell[]>("save_budget_plan", { input });
export const budgetOverview = (fiscalYear: number) => call<BudgetOverview>("budget_overview", { fiscalYear });
/** The studies, meetings, forums and trainings of the year an expenditure may be linked to. */
export const budgetEvents = (fiscalYear: number) => call<EventChoice[]>("budget_events", { fiscalYear });
/** The journal, newest first; of one commune, or of all (`communeCode` null). */
export const listExpenditures = (fiscalYear: number, communeCode: string | null) =>
  call<Expenditure[]>("list_expenditures", { fiscalYear, communeCode });
/** Beyond the commune's envelope only with `overReason` and `overBy`; an unusual rate asks for `confirmed`. */
export const saveExpenditure = (input: ExpenditureInput) => call<Expenditure>("save_expenditure", { input });
/** A reversing entry (negative, dated today) with the reason; an entry is reversed once. */
export const reverseExpenditure = (id: string, reason: string) =>
  call<Expenditure>("reverse_expenditure", { id, reason });
export const listDistributions = (fiscalYear: number, slgId: string | null) =>
  call<Distribution[]>("list_distributions", { fiscalYear, slgId });
export const saveDistribution = (input: DistributionInput) => call<Distribution>("save_distribution", { input });
export const reverseDistribution = (id: string, reason: string) =>
  call<Distribution>("reverse_distribution", { id, reason });

// Printing and exporting: the backend asks for a folder, writes the file there and
// opens it. Each answers with the file's path, or null when the officer cancelled.
export const printHouseholdRegister = (slgId: string, mode: PrintMode) =>
  call<string | null>("print_household_register", { slgId, mode });
export const printAttendanceSheet = (mode: PrintMode) =>
  call<string | null>("print_attendance_sheet", { mode });
/** Every household the query selects, all pages; the query's paging is ignored. */
export const exportHouseholds = (query: HouseholdQuery) =>
  call<string | null>("export_households", { query });
export const exportSlgs = (query: SlgQuery) => call<string | null>("export_slgs", { query });
export const exportBuyers = (query: BuyerQuery) => call<string | null>("export_buyers", { query });
/** The blank annex-2 interview form, for the team to take to the markets. */
export const printMarketInterviewForm = (mode: PrintMode) =>
  call<string | null>("print_market_interview_form", { mode });
export const printMarketBrief = (campaignId: string, mode: PrintMode) =>
  call<string | null>("print_market_brief", { campaignId, mode });
export const exportMarketStudy = (campaignId: string) =>
  call<string | null>("export_market_study", { campaignId });
/** A saved SLG meeting's minutes: who came, the products, the plan, the SWOT. */
export const printSlgMeetingMinutes = (meetingId: string, mode: PrintMode) =>
  call<string | null>("print_slg_meeting_minutes", { meetingId, mode });
/** What a facilitator takes to an SLG meeting; with the market study's results when a campaign is given. */
export const printMeetingPack = (slgId: string, campaignId: string | null, mode: PrintMode) =>
  call<string | null>("print_meeting_pack", { slgId, campaignId, mode });
/** Every participant's invitation, or one participant's. */
export const printForumInvitations = (forumId: string, participantId: string | null, mode: PrintMode) =>
  call<string | null>("print_forum_invitations", { forumId, participantId, mode });
export const printForumAgenda = (forumId: string, mode: PrintMode) =>
  call<string | null>("print_forum_agenda", { forumId, mode });
export const printForumAttendance = (forumId: string, mode: PrintMode) =>
  call<string | null>("print_forum_attendance", { forumId, mode });
export const printForumNameCards = (forumId: string, mode: PrintMode) =>
  call<string | null>("print_forum_name_cards", { forumId, mode });
export const printForumReport = (forumId: string, mode: PrintMode) =>
  call<string | null>("print_forum_report", { forumId, mode });
export const printClusterPlan = (clusterId: string, mode: PrintMode) =>
  call<string | null>("print_cluster_plan", { clusterId, mode });

/** The newest by-laws, with a page for the members' signatures or thumbprints. */
export const printBylaws = (groupId: string, mode: PrintMode) =>
  call<string | null>("print_bylaws", { groupId, mode });

/** Every member's plans, or one household's (`householdId`). */
export const printHouseholdProductionPlans = (groupId: string, householdId: string | null, mode: PrintMode) =>
  call<string | null>("print_household_production_plans", { groupId, householdId, mode });
export const printGroupSupplyPlan = (groupId: string, mode: PrintMode) =>
  call<string | null>("print_group_supply_plan", { groupId, mode });
/** The attendance sheet with the members' names: blank (`trainingId` null) or of a saved training. */
export const printTrainingAttendance = (groupId: string, trainingId: string | null, mode: PrintMode) =>
  call<string | null>("print_training_attendance", { groupId, trainingId, mode });

/** A contract as signed (or a draft, marked so), with its signature page. */
export const printContract = (contractId: string, mode: PrintMode) =>
  call<string | null>("print_contract", { contractId, mode });
/** One page: the parties, the terms in short, deliveries and payments so far. */
export const printContractSummary = (contractId: string, mode: PrintMode) =>
  call<string | null>("print_contract_summary", { contractId, mode });
/** The blank contract form, to fill in by hand. */
export const printContractBlank = (mode: PrintMode) => call<string | null>("print_contract_blank", { mode });
/** Every contract the register's filters select. */
export const exportContracts = (query: ContractQuery) => call<string | null>("export_contracts", { query });
/** The deliveries of every contract the register's filters select. */
export const exportDeliveries = (query: ContractQuery) => call<string | null>("export_deliveries", { query });

/** The year's spending per commune and activity line against the plan and the envelope. */
export const printExpenditureSummary = (mode: PrintMode) =>
  call<string | null>("print_expenditure_summary", { mode });
/** The inputs given to an SLG's households, with a line for each to sign or thumbprint. */
export const printInputHandover = (slgId: string, mode: PrintMode) =>
  call<string | null>("print_input_handover", { slgId, mode });
/** The plan, the journal and the distributions of the year. */
export const exportBudgetReport = () => call<string | null>("export_budget_report");

/** The event a long export reports its progress with. */
export const EXPORT_PROGRESS_EVENT = "export-progress";

/** Calls `cb` with each progress report of an export until the returned function is called. */
export const onExportProgress = (cb: (progress: ExportProgress) => void): Promise<UnlistenFn> =>
  listen<ExportProgress>(EXPORT_PROGRESS_EVENT, (event) => cb(event.payload));

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Whatever a rejected call threw, as an IpcError. Tauri itself rejects with a
 * plain string (an unknown command, a panic in a command); those become
 * `internal` so the user still gets a message in their language.
 */
export function toIpcError(e: unknown): IpcError {
  if (typeof e === "object" && e !== null && "code" in e && isErrorCode(e.code)) {
    const o = e as Partial<IpcError>;
    return {
      code: o.code as ErrorCode,
      message: typeof o.message === "string" ? o.message : "",
      violations: Array.isArray(o.violations) ? o.violations : [],
    };
  }
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
  return { code: "internal", message, violations: [] };
}

/** The shape of svelte-i18n's `$_`, narrowed to what the mapper uses. */
export type Translate = (
  id: string,
  options?: { values?: Record<string, string | number>; default?: string },
) => string;

export interface FieldMessage {
  field: string;
  message: string;
}

export interface FormErrors {
  /** What went wrong overall, from `errors.<code>`. */
  summary: string;
  /** Messages for fields the form shows, keyed by the input's field name. */
  fields: Record<string, string[]>;
  /** Messages for fields the form does not show; listed under the summary. */
  other: FieldMessage[];
}

export function describeError(
  e: unknown,
  t: Translate,
  shownFields: readonly string[] = [],
): FormErrors {
  const err = toIpcError(e);
  if (err.message) console.warn(`[${err.code}] ${err.message}`);
  const result: FormErrors = {
    summary: t(`errors.${err.code}`, { default: t("errors.internal") }),
    fields: {},
    other: [],
  };
  for (const v of err.violations) {
    const values: Record<string, string> = {};
    for (const [k, val] of Object.entries(v.params ?? {})) {
      if (val !== undefined) values[k] = wordParam(k, val, t);
    }
    // `values` is always passed so the message goes through ICU even without params.
    // A rule may read differently on one field (`ruleVariants.<rule>.<field>`), where
    // the backend gives it other params; on a row of a list, the variant names the
    // row `n` (`ruleVariants.end_before_start.agenda.n.endsAt`).
    const anyRow = anyRowField(v.field);
    const message =
      t(`ruleVariants.${v.rule}.${v.field}`, { values, default: "" }) ||
      (anyRow !== v.field ? t(`ruleVariants.${v.rule}.${anyRow}`, { values, default: "" }) : "") ||
      t(`rules.${v.rule}`, { values, default: v.rule });
    if (shownFields.includes(v.field)) {
      (result.fields[v.field] ??= []).push(message);
    } else {
      result.other.push({ field: v.field, message });
    }
  }
  return result;
}

/** A row's field with its row number as `n`: `agenda.3.endsAt` → `agenda.n.endsAt`. */
export function anyRowField(field: string): string {
  return field.replace(/\.\d+(?=\.|$)/g, ".n");
}

/** Params whose value is a code, worded from the code's list (`units.kg`). */
const CODE_PARAMS: Record<string, string> = {
  unit: "units",
  productUnit: "units",
  item: "contractItems",
  status: "contractStatuses",
  from: "contractStatuses",
  to: "contractStatuses",
};

/** Params that list field paths (`groupRep.idNumber, clauses.disputes`), each worded from its list. */
const FIELD_LIST_PARAMS: Record<string, string> = { fields: "contracts.fields" };

/** Params the budget rules give as dollars with cents ("1234.50"), read as "$1,234.50". */
const DOLLAR_PARAMS: ReadonlySet<string> = new Set(["left", "amount", "planned", "envelope"]);

/**
 * A violation's param as people read it: a unit code in words, a date as
 * day/month/year, a large number with its thousands grouped ("20,000").
 */
export function wordParam(name: string, value: string, t: Translate): string {
  const list = CODE_PARAMS[name];
  if (list) return t(`${list}.${value}`, { default: value });
  const fields = FIELD_LIST_PARAMS[name];
  if (fields) {
    return value
      .split(/,\s*/)
      .filter((f) => f !== "")
      .map((f) => t(`${fields}.${f}`, { default: f }))
      .join(", ");
  }
  const dollars = DOLLAR_PARAMS.has(name) ? /^(-?)(\d+)\.(\d{2})$/.exec(value) : null;
  if (dollars) return `${dollars[1]}$${Number(dollars[2]).toLocaleString("en-US")}.${dollars[3]}`;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  if (/^-?\d{5,}$/.test(value)) return Number(value).toLocaleString("en-US");
  return value;
}

/**
 * For a one-click action with no form fields (adding a member): the rule's own
 * words say what is wrong, so the generic "fix the marked fields" is left out.
 */
export function describeActionError(e: unknown, t: Translate): FormErrors {
  const described = describeError(e, t);
  return described.other.length > 0 ? { ...described, summary: "" } : described;
}

/** Messages for one field, or none. */
export function fieldMessages(errors: FormErrors | null, field: string): string[] {
  return errors?.fields[field] ?? [];
}
