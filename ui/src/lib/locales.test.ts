import { describe, expect, it } from "vitest";
import en from "../locales/en.json";
import km from "../locales/km.json";
import {
  ACTION_STATUSES,
  ACTIVITY_LINES,
  EVENT_KINDS,
  ALERT_KINDS,
  CONTRACT_ITEMS,
  CONTRACT_PAYMENTS,
  CONTRACT_STATUSES,
  CURRENCIES,
  DELIVERY_FREQUENCIES,
  PRICE_MECHANISMS,
  TRANSPORTS,
  BUYER_KINDS,
  CAPACITY_KINDS,
  CATEGORIES,
  COMMITTEE_ROLES,
  ERROR_CODES,
  GROUP_STATUSES,
  HOUSEHOLD_SORTS,
  ID_POOR,
  INVITATION_STATUSES,
  MARKET_KINDS,
  OFFICIAL_ROLES,
  PARTICIPANT_CATEGORIES,
  PARTNER_ROLES,
  PAYMENTS,
  PERS,
  PRINT_MODES,
  READINESS_ITEMS,
  ROLE_DUTIES,
  RULE_CODES,
  SEXES,
  SOURCES,
  TRAINING_TOPICS,
  UNITS,
  VENDOR_KINDS,
  WEIGHT_PARTS,
} from "./codes";
import { BUDGET_TABS } from "./budget/route";
import { TERMS_FIELDS } from "./contracts/terms";
import { AGENDA_FIELDS } from "./forum/agenda";
import { STRATEGY_FIELDS } from "./groups/groupForm";
import { checklistLine } from "./groups/readiness";
import { SWOT_LISTS } from "./meetings/meetingForm";
import { FORUM_TABS } from "./meetings/route";
import { LINE_FIELDS } from "./study/interviewForm";
import { MONTHS } from "./study/months";

/** Every leaf as "a.b.c" → value; arrays count as leaves by index ("a.0"). */
function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree !== null && typeof tree === "object") {
    for (const [k, v] of Object.entries(tree)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else {
    out.set(prefix, tree);
  }
  return out;
}

const locales = { km: flatten(km), en: flatten(en) };

describe("locale files", () => {
  it.each([
    ["km", "en"],
    ["en", "km"],
  ] as const)("every %s key is also in %s", (from, to) => {
    const missing = [...locales[from].keys()].filter((k) => !locales[to].has(k));
    expect(missing, `keys in ${from}.json but not in ${to}.json`).toEqual([]);
  });

  it.each(["km", "en"] as const)("%s has no empty or non-text value", (lang) => {
    const bad = [...locales[lang]].filter(([, v]) => typeof v !== "string" || v.trim() === "");
    expect(bad.map(([k]) => k), `empty values in ${lang}.json`).toEqual([]);
  });

  it.each(["km", "en"] as const)("%s has every ICU placeholder the other language has", (lang) => {
    const other = lang === "km" ? locales.en : locales.km;
    const names = (s: unknown) =>
      [...String(s).matchAll(/\{(\w+)/g)].map((m) => m[1]).sort().filter((n, i, a) => a.indexOf(n) === i);
    const differ = [...locales[lang]]
      .filter(([k, v]) => JSON.stringify(names(v)) !== JSON.stringify(names(other.get(k))))
      .map(([k]) => k);
    expect(differ, "messages whose placeholders differ between languages").toEqual([]);
  });

  const needed = [
    ...ERROR_CODES.map((c) => `errors.${c}`),
    ...RULE_CODES.map((c) => `rules.${c}`),
    ...OFFICIAL_ROLES.map((r) => `roles.${r}`),
    ...BUYER_KINDS.map((k) => `buyerKinds.${k}`),
    ...SEXES.map((s) => `sex.${s}`),
    ...ID_POOR.map((l) => `idPoor.${l}`),
    ...HOUSEHOLD_SORTS.map((s) => `households.sorts.${s}`),
    ...PRINT_MODES.map((m) => `documents.modes.${m}`),
    ...Object.values(ROLE_DUTIES).flatMap((lists) => lists.map((l) => `duties.${l}.0`)),
    ...CATEGORIES.map((c) => `categories.${c}`),
    ...UNITS.map((u) => `units.${u}`),
    ...MARKET_KINDS.map((k) => `marketKinds.${k}`),
    ...VENDOR_KINDS.map((k) => `vendorKinds.${k}`),
    ...PERS.map((p) => `pers.${p}`),
    ...SOURCES.map((s) => `sources.${s}`),
    ...PAYMENTS.map((p) => `payments.${p}`),
    ...WEIGHT_PARTS.map((p) => `study.analysis.parts.${p}`),
    ...LINE_FIELDS.map((f) => `study.interview.fieldNames.${f}`),
    ...MONTHS.flatMap((m) => [`months.long.${m}`, `months.short.${m}`]),
    ...CAPACITY_KINDS.flatMap((k) => [`capacityKinds.${k}`, `capacityUnits.${k}`]),
    ...PARTICIPANT_CATEGORIES.map((c) => `participantCategories.${c}`),
    ...INVITATION_STATUSES.map((s) => `invitationStatuses.${s}`),
    ...PARTNER_ROLES.map((r) => `partnerRoles.${r}`),
    ...ACTION_STATUSES.map((s) => `actionStatuses.${s}`),
    ...AGENDA_FIELDS.map((f) => `forum.agenda.${f}`),
    ...SWOT_LISTS.flatMap((l) => [`meetings.swot.${l}`, `meetings.swot.line.${l}`]),
    ...["official", "buyer", "household"].flatMap((s) => [`forum.registers.sources.${s}`, `forum.registers.empty.${s}`]),
    ...FORUM_TABS.map((t) => `forum.tab.${t}`),
    ...GROUP_STATUSES.map((s) => `groupStatuses.${s}`),
    ...COMMITTEE_ROLES.map((r) => `committeeRoles.${r}`),
    ...READINESS_ITEMS.map((i) => `groups.readiness.items.${i}`),
    ...TRAINING_TOPICS.map((t) => `trainingTopics.${t}`),
    ...STRATEGY_FIELDS.map((f) => `groups.strategy.${f}`),
    ...CONTRACT_STATUSES.map((s) => `contractStatuses.${s}`),
    ...CONTRACT_ITEMS.map((i) => `contractItems.${i}`),
    ...CURRENCIES.map((c) => `currencies.${c}`),
    ...PRICE_MECHANISMS.map((m) => `priceMechanisms.${m}`),
    ...DELIVERY_FREQUENCIES.map((f) => `deliveryFrequencies.${f}`),
    ...TRANSPORTS.map((t) => `transports.${t}`),
    ...CONTRACT_PAYMENTS.map((p) => `contractPayments.${p}`),
    ...ALERT_KINDS.flatMap((k) => [`alertKinds.${k}`, `home.alerts.${k}`]),
    ...ACTIVITY_LINES.map((l) => `activityLines.${l}`),
    ...EVENT_KINDS.map((k) => `eventKinds.${k}`),
    ...BUDGET_TABS.map((t) => `budget.tab.${t}`),
    ...["ok", "near", "over"].map((t) => `budget.use.${t}`),
    // Every box of the terms form, and every field the checklist can name as missing.
    ...TERMS_FIELDS.map((f) => `contracts.fields.${f}`),
    "contracts.fields.grades",
    ...["below_grade", "group_duties", "buyer_duties", "force_majeure", "breach", "disputes", "renewal", "termination", "amendments"].map(
      (c) => `contracts.fields.clauses.${c}`,
    ),
    // Every wording the checklist can pick, ok or not, with or without members.
    ...READINESS_ITEMS.flatMap((item) =>
      [true, false].flatMap((ok) =>
        [0, 3].map((needed) => checklistLine({ item, ok, count: 1, needed, missing: ["ក"] }).key),
      ),
    ),
  ];

  it.each(["km", "en"] as const)("%s has a message for every backend code", (lang) => {
    const missing = needed.filter((k) => !locales[lang].has(k));
    expect(missing, `codes without a message in ${lang}.json`).toEqual([]);
  });

  it("uses the glossary's Khmer terms for the roles", () => {
    expect(km.roles.cew).toBe("ភ្នាក់ងារផ្សព្វផ្សាយឃុំ");
    expect(km.roles.district_technical).toBe("មន្ត្រីបច្ចេកទេសកសិកម្មស្រុក");
    expect(km.roles.me_advisor).toBe("ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ (M&E/MIS)");
  });

  it("uses the agreed Khmer words for the market study's vendor kinds and units", () => {
    expect(km.nav.study).toBe("ការសិក្សាទីផ្សារ");
    expect(km.vendorKinds.permanent_vendor).toBe("អ្នកលក់អចិន្ត្រៃយ៍");
    expect(km.vendorKinds.wholesaler).toBe("អ្នកលក់ដុំ");
    expect(km.vendorKinds.retailer).toBe("អ្នកលក់រាយ");
    expect(km.units.kg).toBe("គីឡូក្រាម");
    expect(km.units.tonne).toBe("តោន");
  });

  it("uses the glossary's and the guideline's Khmer words for the forum", () => {
    expect(km.nav.meetings).toBe("កិច្ចប្រជុំ និងវេទិកា");
    expect(km.participantCategories).toEqual({
      planning_marketing: "នាយកដ្ឋានផែនការនិងស្ថិតិ / ការិយាល័យទីផ្សារកសិកម្ម",
      wholesaler: "អ្នកលក់ដុំ",
      retailer: "អ្នកលក់រាយ",
      input_supplier: "អ្នកផ្គត់ផ្គង់ធាតុចូល",
      pdaff_marketing: "មន្ត្រីជំនាញទីផ្សារមន្ទីរកសិកម្ម",
      me_advisor: "ទីប្រឹក្សាតាមដាន និងវាយតម្លៃ",
      district_official: "មន្ត្រីកសិកម្មស្រុក",
      cew: "ភ្នាក់ងារផ្សព្វផ្សាយឃុំ",
      ngo: "អង្គការក្រៅរដ្ឋាភិបាល",
      demo_farmer: "កសិករធ្វើបង្ហាញ",
      slg_rep: "តំណាងក្រុមកសិករ SLG",
      producer_group_rep: "តំណាងក្រុមផលិត",
    });
    expect([km.meetings.swot.strengths, km.meetings.swot.weaknesses, km.meetings.swot.opportunities, km.meetings.swot.threats]).toEqual(
      ["ចំណុចខ្លាំង", "ចំណុចខ្សោយ", "ឱកាស", "ការប្រឈម"],
    );
    expect(km.forum.clusters.new).toContain("បណ្ដុំអាជីវកម្ម");
  });

  it("uses the guideline's Khmer words for producer groups", () => {
    expect(km.nav.groups).toBe("ក្រុមផលិត");
    expect(km.groupStatuses).toEqual({ forming: "កំពុងបង្កើត", formed: "បានបង្កើត", contracted: "មានកិច្ចសន្យា", inactive: "អសកម្ម" });
    expect(km.committeeRoles).toEqual({ chair: "ប្រធាន", vice_chair: "អនុប្រធាន", secretary: "លេខាធិការ", treasurer: "ហេរញ្ញិក" });
  });

  it("uses the agreed Khmer words for contracts", () => {
    expect(km.nav.contracts).toBe("កិច្ចសន្យា");
    expect(km.contractStatuses).toEqual({
      draft: "សេចក្តីព្រាង",
      signed: "បានចុះហត្ថលេខា",
      active: "កំពុងអនុវត្ត",
      completed: "បានបញ្ចប់",
      terminated: "បានបញ្ឈប់",
      breached: "បានបំពាន",
    });
    expect(km.contracts.filter.buyer).toBe("អ្នកប្រមូលទិញ");
    expect(km.contracts.deliveries.title).toBe("ការប្រគល់");
    expect(km.contracts.incomplete).toContain("ចំណុចដែលខ្វះ");
    expect(km.contracts.terms.amendReason).toContain("វិសោធនកម្ម");
  });

  it("uses the guideline's Khmer words for the training topics", () => {
    expect(km.trainingTopics).toEqual({
      market_sms: "ព័ត៌មានទីផ្សារតាមសារ SMS",
      post_harvest: "ការរក្សាទុកក្រោយប្រមូលផល",
      transport_packaging: "ការដឹកជញ្ជូន និងការវេចខ្ចប់",
      supply_plan_records: "ផែនការផ្គត់ផ្គង់ទីផ្សារ និងការកត់ត្រាបញ្ជី",
      contracts: "កិច្ចសន្យាជាមួយឈ្មួញកណ្តាល",
      other: "ផ្សេងៗ",
    });
  });

  it("uses the agreed Khmer words for budgets", () => {
    expect(km.nav.budget).toBe("ថវិកា");
    expect(km.budget.journal.title).toBe("ការចំណាយ");
    expect(km.budget.envelope).toBe("កញ្ចប់ថវិកា");
    expect(km.budget.left).toBe("នៅសល់");
    expect(km.budget.expenditure.rate).toContain("អត្រាប្តូរប្រាក់");
    expect(km.budget.expenditure.payee).toBe("អ្នកទទួលប្រាក់");
    expect(km.budget.expenditure.voucher).toBe("លេខបង្កាន់ដៃ");
    expect(km.budget.inputs.new).toContain("ការប្រគល់ធាតុចូល");
    expect(km.budget.journal.reversal).toBe("ការចុះបញ្ជីបញ្ច្រាស");
    expect(km.budget.reverse.reason).toBe("មូលហេតុ");
  });

  it("gives each month a different short name in both languages' long names", () => {
    for (const names of [km.months.long, en.months.long, km.months.short]) {
      expect(new Set(Object.values(names)).size).toBe(12);
    }
  });

  it("names the print languages the same way in both interfaces, each in its own script", () => {
    const modes = { km: "ខ្មែរ", en: "English", "km-en": "ខ្មែរ + English" };
    expect(km.documents.modes).toEqual(modes);
    expect(en.documents.modes).toEqual(modes);
  });
});
