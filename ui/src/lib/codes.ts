// Every value of the backend's string unions, as runtime arrays: the locale tests
// walk them, and the selects list them. `satisfies` alone would accept a list that
// misses a member, so each list is also checked to be complete (see `Exhaustive`).
import type { ActionStatus } from "../bindings/ActionStatus";
import type { ActivityLine } from "../bindings/ActivityLine";
import type { AlertKind } from "../bindings/AlertKind";
import type { ContractItem } from "../bindings/ContractItem";
import type { ContractPayment } from "../bindings/ContractPayment";
import type { ContractStatus } from "../bindings/ContractStatus";
import type { Currency } from "../bindings/Currency";
import type { DeliveryFrequency } from "../bindings/DeliveryFrequency";
import type { PriceMechanism } from "../bindings/PriceMechanism";
import type { Transport } from "../bindings/Transport";
import type { BuyerKind } from "../bindings/BuyerKind";
import type { CapacityKind } from "../bindings/CapacityKind";
import type { Category } from "../bindings/Category";
import type { CommitteeRole } from "../bindings/CommitteeRole";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { EventKind } from "../bindings/EventKind";
import type { GroupStatus } from "../bindings/GroupStatus";
import type { HouseholdSort } from "../bindings/HouseholdSort";
import type { IdPoor } from "../bindings/IdPoor";
import type { InvitationStatus } from "../bindings/InvitationStatus";
import type { MarketKind } from "../bindings/MarketKind";
import type { OfficialRole } from "../bindings/OfficialRole";
import type { ParticipantCategory } from "../bindings/ParticipantCategory";
import type { PartnerRole } from "../bindings/PartnerRole";
import type { Payment } from "../bindings/Payment";
import type { Per } from "../bindings/Per";
import type { PrintMode } from "../bindings/PrintMode";
import type { ReadinessItem } from "../bindings/ReadinessItem";
import type { RuleCode } from "../bindings/RuleCode";
import type { Sex } from "../bindings/Sex";
import type { Source } from "../bindings/Source";
import type { TrainingTopic } from "../bindings/TrainingTopic";
import type { Unit } from "../bindings/Unit";
import type { VendorKind } from "../bindings/VendorKind";
import type { Weights } from "../bindings/Weights";

/** Resolves to `true` only when the list names every member of the union. */
type Exhaustive<U, L extends readonly U[]> = [U] extends [L[number]] ? true : never;

export const ERROR_CODES = [
  "invalid_input",
  "not_found",
  "office_not_set_up",
  "office_already_set_up",
  "database_too_new",
  "needs_confirmation",
  "database",
  "io",
  "internal",
] as const satisfies readonly ErrorCode[];

export const RULE_CODES = [
  "required",
  "too_long",
  "year_out_of_range",
  "phone_malformed",
  "out_of_range",
  "invalid_date",
  "women_exceed_size",
  "unknown_place",
  "village_not_in_commune",
  "commune_not_in_district",
  "district_not_in_province",
  "already_in_other_slg",
  "likely_duplicate",
  "cew_needs_commune",
  "target_communes_required",
  "unknown_record",
  "archived_record",
  "district_has_records",
  "not_positive",
  "max_below_min",
  "duplicate_name",
  "unit_not_convertible",
  "months_required",
  "peak_outside_months",
  "price_implausible",
  "duplicate_product",
  "duplicate_vendor",
  "market_not_in_campaign",
  "date_outside_campaign",
  "end_before_start",
  "weights_all_zero",
  "duplicate_entry",
  "plan_types_outside_range",
  "forum_more_than_one_day",
  "invalid_time",
  "agenda_overlap",
  "cluster_needs_producers",
  "cluster_needs_buyer",
  "plan_product_not_in_cluster",
  "reason_required",
  "in_other_group_same_product",
  "group_above_advised_size",
  "not_a_member",
  "too_few_members",
  "bylaws_not_adopted",
  "members_without_plan",
  "already_adopted",
  "quorum_not_met",
  "harvest_before_planting",
  "kept_exceeds_yield",
  "negative",
  "same_commune",
  "product_not_in_group",
  "exceeds_total",
  "groups_not_in_one_cluster",
  "contract_closed",
  "parties_fixed",
  "contract_item_missing",
  "below_delivered",
  "group_not_formed",
  "status_transition",
  "contract_not_in_force",
  "before_contract_start",
  "before_signing",
  "payment_before_delivery",
  "unknown_grade",
  "date_in_future",
  "paid_above_amount",
  "rate_unusual",
  "date_outside_fiscal_year",
  "not_a_target_commune",
  "over_envelope",
  "already_reversed",
  "not_in_slg",
] as const satisfies readonly RuleCode[];

export const OFFICIAL_ROLES = [
  "dao_chief",
  "district_technical",
  "cew",
  "pdaff_marketing",
  "me_advisor",
] as const satisfies readonly OfficialRole[];

export const BUYER_KINDS = [
  "collector",
  "wholesaler",
  "retailer",
  "supermarket",
  "exporter",
  "processor",
  "input_supplier",
] as const satisfies readonly BuyerKind[];

export const SEXES = ["female", "male"] as const satisfies readonly Sex[];
export const ID_POOR = ["none", "level1", "level2"] as const satisfies readonly IdPoor[];
export const HOUSEHOLD_SORTS = [
  "name",
  "name_latin",
  "village",
  "birth_year",
  "recent",
] as const satisfies readonly HouseholdSort[];
/** The language modes a document can be printed in, in the order the select lists them. */
export const PRINT_MODES = ["km", "en", "km-en"] as const satisfies readonly PrintMode[];

/** Product catalogue categories, in the order the catalogue lists them. */
export const CATEGORIES = [
  "vegetable",
  "fruit",
  "rice",
  "livestock",
  "poultry",
  "fish",
  "processed",
] as const satisfies readonly Category[];
export const UNITS = ["kg", "tonne", "head", "bunch", "piece", "dozen", "litre"] as const satisfies readonly Unit[];
export const MARKET_KINDS = [
  "commune",
  "district",
  "provincial",
  "wholesale",
] as const satisfies readonly MarketKind[];
export const VENDOR_KINDS = [
  "permanent_vendor",
  "collector",
  "wholesaler",
  "retailer",
] as const satisfies readonly VendorKind[];
export const PERS = ["day", "week", "month"] as const satisfies readonly Per[];
export const SOURCES = [
  "same_district",
  "other_district",
  "other_province",
  "vietnam",
  "thailand",
  "other_country",
] as const satisfies readonly Source[];
export const PAYMENTS = ["cash", "credit", "advance", "transfer"] as const satisfies readonly Payment[];
/** What an SLG's capacity for a product is counted in: land for crops, heads for animals. */
export const CAPACITY_KINDS = ["area_m2", "heads"] as const satisfies readonly CapacityKind[];
/** The forum's participants, in the guideline's order (step 3). */
export const PARTICIPANT_CATEGORIES = [
  "planning_marketing",
  "wholesaler",
  "retailer",
  "input_supplier",
  "pdaff_marketing",
  "me_advisor",
  "district_official",
  "cew",
  "ngo",
  "demo_farmer",
  "slg_rep",
  "producer_group_rep",
] as const satisfies readonly ParticipantCategory[];
/** Where an invitation stands, in the order it moves. */
export const INVITATION_STATUSES = [
  "to_invite",
  "invited",
  "confirmed",
  "declined",
  "attended",
] as const satisfies readonly InvitationStatus[];
export const PARTNER_ROLES = ["buyer", "input_supplier", "service_provider"] as const satisfies readonly PartnerRole[];
export const ACTION_STATUSES = ["planned", "in_progress", "done", "dropped"] as const satisfies readonly ActionStatus[];
/** A producer group's status (step 4), in the order a group moves through them. */
export const GROUP_STATUSES = ["forming", "formed", "contracted", "inactive"] as const satisfies readonly GroupStatus[];
/** The committee's seats, in the order the guideline lists them (and the form shows them). */
export const COMMITTEE_ROLES = ["chair", "vice_chair", "secretary", "treasurer"] as const satisfies readonly CommitteeRole[];
/** What a formed group needs, in the order the checklist shows it. */
export const READINESS_ITEMS = ["members", "bylaws", "plans"] as const satisfies readonly ReadinessItem[];
/** A producer group's training topics, in the guideline's order; "other" takes the officer's words. */
export const TRAINING_TOPICS = [
  "market_sms",
  "post_harvest",
  "transport_packaging",
  "supply_plan_records",
  "contracts",
  "other",
] as const satisfies readonly TrainingTopic[];
/** A contract's status (step 5), in the order a contract moves through them. */
export const CONTRACT_STATUSES = [
  "draft",
  "signed",
  "active",
  "completed",
  "terminated",
  "breached",
] as const satisfies readonly ContractStatus[];
/** What a contract must state, in the order of its articles (the checklist's order). */
export const CONTRACT_ITEMS = [
  "parties",
  "facilitators",
  "product",
  "quantity",
  "quality",
  "price",
  "delivery",
  "payment",
  "support",
  "obligations",
  "force_majeure",
  "breach",
  "disputes",
  "duration",
  "witnesses",
  "copies",
] as const satisfies readonly ContractItem[];
export const CURRENCIES = ["KHR", "USD"] as const satisfies readonly Currency[];
export const PRICE_MECHANISMS = ["fixed", "market_floor", "per_grade"] as const satisfies readonly PriceMechanism[];
export const DELIVERY_FREQUENCIES = ["weekly", "fortnightly", "monthly"] as const satisfies readonly DeliveryFrequency[];
export const TRANSPORTS = ["buyer", "group", "shared"] as const satisfies readonly Transport[];
export const CONTRACT_PAYMENTS = ["cash", "bank_transfer", "mobile_money"] as const satisfies readonly ContractPayment[];
/** Why the home screen flags a contract. */
export const ALERT_KINDS = ["late_delivery", "late_payment"] as const satisfies readonly AlertKind[];
/** The guideline's activity lines of step 8, in its order (the plan's columns). */
export const ACTIVITY_LINES = [
  "dissemination",
  "market_study",
  "slg_meetings",
  "forum",
  "extension",
  "contracts",
  "monitoring",
] as const satisfies readonly ActivityLine[];
/** What an expenditure may have paid for. */
export const EVENT_KINDS = ["study", "meeting", "forum", "training"] as const satisfies readonly EventKind[];
/** The parts of the priority score, in the order the analysis shows their weights. */
export const WEIGHT_PARTS = ["demand", "gap", "price", "willing"] as const satisfies readonly (keyof Weights)[];

// Compile-time only: a new member in a Rust enum fails `npm run check` here.
export const exhaustive: [
  Exhaustive<ErrorCode, typeof ERROR_CODES>,
  Exhaustive<RuleCode, typeof RULE_CODES>,
  Exhaustive<OfficialRole, typeof OFFICIAL_ROLES>,
  Exhaustive<BuyerKind, typeof BUYER_KINDS>,
  Exhaustive<Sex, typeof SEXES>,
  Exhaustive<IdPoor, typeof ID_POOR>,
  Exhaustive<HouseholdSort, typeof HOUSEHOLD_SORTS>,
  Exhaustive<PrintMode, typeof PRINT_MODES>,
  Exhaustive<Category, typeof CATEGORIES>,
  Exhaustive<Unit, typeof UNITS>,
  Exhaustive<MarketKind, typeof MARKET_KINDS>,
  Exhaustive<VendorKind, typeof VENDOR_KINDS>,
  Exhaustive<Per, typeof PERS>,
  Exhaustive<Source, typeof SOURCES>,
  Exhaustive<Payment, typeof PAYMENTS>,
  Exhaustive<keyof Weights, typeof WEIGHT_PARTS>,
  Exhaustive<CapacityKind, typeof CAPACITY_KINDS>,
  Exhaustive<ParticipantCategory, typeof PARTICIPANT_CATEGORIES>,
  Exhaustive<InvitationStatus, typeof INVITATION_STATUSES>,
  Exhaustive<PartnerRole, typeof PARTNER_ROLES>,
  Exhaustive<ActionStatus, typeof ACTION_STATUSES>,
  Exhaustive<GroupStatus, typeof GROUP_STATUSES>,
  Exhaustive<CommitteeRole, typeof COMMITTEE_ROLES>,
  Exhaustive<ReadinessItem, typeof READINESS_ITEMS>,
  Exhaustive<TrainingTopic, typeof TRAINING_TOPICS>,
  Exhaustive<ContractStatus, typeof CONTRACT_STATUSES>,
  Exhaustive<ContractItem, typeof CONTRACT_ITEMS>,
  Exhaustive<Currency, typeof CURRENCIES>,
  Exhaustive<PriceMechanism, typeof PRICE_MECHANISMS>,
  Exhaustive<DeliveryFrequency, typeof DELIVERY_FREQUENCIES>,
  Exhaustive<Transport, typeof TRANSPORTS>,
  Exhaustive<ContractPayment, typeof CONTRACT_PAYMENTS>,
  Exhaustive<AlertKind, typeof ALERT_KINDS>,
  Exhaustive<ActivityLine, typeof ACTIVITY_LINES>,
  Exhaustive<EventKind, typeof EVENT_KINDS>,
] = [
  true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true,
  true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true,
  true, true, true,
];

/** Which duty lists (locale keys under `duties.`) each role carries, from step 7. */
export const ROLE_DUTIES: Record<OfficialRole, readonly string[]> = {
  pdaff_marketing: ["provincial"],
  dao_chief: ["daoChief", "district"],
  district_technical: ["district"],
  cew: ["district"],
  me_advisor: ["advisor"],
};
