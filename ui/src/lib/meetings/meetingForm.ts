// An SLG meeting (guideline step 2) as the form holds it: who came (the group's
// households ticked, others typed in), the products discussed and the plan agreed,
// the SWOT, and what goes to the backend. The counts shown while typing are the
// form's own; a saved meeting's counts are the backend's.
import type { AttendanceCounts } from "../../bindings/AttendanceCounts";
import type { Attendee } from "../../bindings/Attendee";
import type { CapacityKind } from "../../bindings/CapacityKind";
import type { Household } from "../../bindings/Household";
import type { MeetingProduct } from "../../bindings/MeetingProduct";
import type { MeetingProductInput } from "../../bindings/MeetingProductInput";
import type { Product } from "../../bindings/Product";
import type { Sex } from "../../bindings/Sex";
import type { SlgMeeting } from "../../bindings/SlgMeeting";
import type { SlgMeetingInput } from "../../bindings/SlgMeetingInput";
import type { Swot } from "../../bindings/Swot";
import { numberOrNull } from "../forms";
import { nextKey, rowFields, rowsToSend, wholeOrNull, type RowKey } from "../rows";

/** A household of the group on the attendance checklist. */
export interface AttendanceChoice {
  householdId: string;
  name: string;
  sex: Sex;
  youth: boolean;
  /** Came to a saved meeting but is no longer a member (or is archived). */
  former: boolean;
}

/** Someone who is not a member household: a monk, a village chief, a visitor. */
export interface OtherRow {
  key: number;
  name: string;
  sex: Sex | null;
  youth: boolean;
}

export interface ProductRow {
  key: number;
  productId: string | null;
  interested: number | null;
  capacityKind: CapacityKind | null;
  capacity: number | null;
  currentOutput: number | null;
  months: number[];
  inPlan: boolean;
}

export interface SwotLine {
  key: number;
  text: string;
}

export const SWOT_LISTS = ["strengths", "weaknesses", "opportunities", "threats"] as const;
export type SwotList = (typeof SWOT_LISTS)[number];
/** How the backend names each list's lines in its violations (`swot.strength.0`). */
export const SWOT_FIELD: Record<SwotList, string> = {
  strengths: "swot.strength",
  weaknesses: "swot.weakness",
  opportunities: "swot.opportunity",
  threats: "swot.threat",
};

export interface MeetingDraft {
  id: string | null;
  archived: boolean;
  slgId: string | null;
  campaignId: string | null;
  heldOn: string;
  venue: string;
  facilitatorId: string | null;
  /** The ticked households. */
  present: string[];
  others: OtherRow[];
  products: ProductRow[];
  swot: Record<SwotList, SwotLine[]>;
  supportNeeds: string;
  notes: string;
}

/** The guideline asks an SLG to agree a plan over this many types (the backend asks to confirm outside). */
export const PLAN_TYPES = { min: 6, max: 8 } as const;

export function emptyOther(): OtherRow {
  return { key: nextKey(), name: "", sex: null, youth: false };
}

export function emptyProduct(): ProductRow {
  return {
    key: nextKey(),
    productId: null,
    interested: null,
    capacityKind: null,
    capacity: null,
    currentOutput: null,
    months: [],
    inPlan: false,
  };
}

const lines = (texts: readonly string[]): SwotLine[] => texts.map((text) => ({ key: nextKey(), text }));

export function emptyMeeting(slgId: string | null, heldOn: string): MeetingDraft {
  return {
    id: null,
    archived: false,
    slgId,
    campaignId: null,
    heldOn,
    venue: "",
    facilitatorId: null,
    present: [],
    others: [],
    products: [emptyProduct()],
    swot: { strengths: lines([""]), weaknesses: lines([""]), opportunities: lines([""]), threats: lines([""]) },
    supportNeeds: "",
    notes: "",
  };
}

function productFromSaved(p: MeetingProduct): ProductRow {
  return {
    key: nextKey(),
    productId: p.product.id,
    interested: p.interested,
    capacityKind: p.capacityKind,
    capacity: p.capacity,
    currentOutput: p.currentOutput,
    months: [...p.months],
    inPlan: p.inPlan,
  };
}

export function meetingFromSaved(m: SlgMeeting): MeetingDraft {
  const swot = (list: readonly string[]) => lines(list.length > 0 ? list : [""]);
  return {
    id: m.id,
    archived: m.archived,
    slgId: m.slgId,
    campaignId: m.campaignId,
    heldOn: m.heldOn,
    venue: m.venue,
    facilitatorId: m.facilitatorId,
    present: m.attendees.flatMap((a) => (a.householdId ? [a.householdId] : [])),
    others: m.attendees
      .filter((a) => !a.householdId)
      .map((a) => ({ key: nextKey(), name: a.name, sex: a.sex, youth: a.youth })),
    products: m.products.length > 0 ? m.products.map(productFromSaved) : [emptyProduct()],
    swot: {
      strengths: swot(m.swot.strengths),
      weaknesses: swot(m.swot.weaknesses),
      opportunities: swot(m.swot.opportunities),
      threats: swot(m.swot.threats),
    },
    supportNeeds: m.supportNeeds,
    notes: m.notes,
  };
}

/**
 * The checklist: the group's households (archived ones left out), then anyone a
 * saved meeting recorded who is no longer among them, so a meeting reopened after
 * a household left still shows who came.
 */
export function attendanceChoices(members: readonly Household[], saved: readonly Attendee[]): AttendanceChoice[] {
  const out: AttendanceChoice[] = members
    .filter((h) => !h.archived)
    .map((h) => ({ householdId: h.id, name: h.headNameKm, sex: h.sex, youth: h.isYouth, former: false }));
  const listed = new Set(out.map((c) => c.householdId));
  for (const a of saved) {
    if (a.householdId && !listed.has(a.householdId)) {
      listed.add(a.householdId);
      out.push({ householdId: a.householdId, name: a.name, sex: a.sex, youth: a.youth, former: true });
    }
  }
  return out;
}

/** "Everyone came": every household on the checklist. */
export function everyone(choices: readonly AttendanceChoice[]): string[] {
  return choices.map((c) => c.householdId);
}

export function isBlankOther(o: OtherRow): boolean {
  return o.name.trim() === "" && o.sex === null && !o.youth;
}

export function isBlankProduct(p: ProductRow): boolean {
  return (
    p.productId === null &&
    numberOrNull(p.interested) === null &&
    numberOrNull(p.capacity) === null &&
    numberOrNull(p.currentOutput) === null &&
    p.months.length === 0 &&
    !p.inPlan
  );
}

/** Who came as the form stands: ticked households in the checklist's order, then the others typed in. */
function attendees(draft: MeetingDraft, choices: readonly AttendanceChoice[]) {
  const present = new Set(draft.present);
  return {
    members: choices.filter((c) => present.has(c.householdId)),
    others: rowsToSend(draft.others, isBlankOther),
  };
}

/** Who came, counted as the backend counts a saved meeting: total, women, youth, young women. */
export function liveCounts(draft: MeetingDraft, choices: readonly AttendanceChoice[]): AttendanceCounts {
  const { members, others } = attendees(draft, choices);
  const people = [...members, ...others.rows.map((o) => ({ sex: o.sex, youth: o.youth }))];
  return {
    total: people.length,
    women: people.filter((p) => p.sex === "female").length,
    youth: people.filter((p) => p.youth).length,
    youngWomen: people.filter((p) => p.youth && p.sex === "female").length,
  };
}

/** The crop or animal types in the plan as the form stands. */
export function planTypes(products: readonly ProductRow[]): number {
  return products.filter((p) => !isBlankProduct(p) && p.inPlan).length;
}

export function planTypesInRange(count: number): boolean {
  return count >= PLAN_TYPES.min && count <= PLAN_TYPES.max;
}

/** What a product's capacity is most likely counted in: heads for animals, land for the rest. */
export function defaultCapacityKind(product: Pick<Product, "category">): CapacityKind {
  return product.category === "livestock" || product.category === "poultry" ? "heads" : "area_m2";
}

export function productInput(p: ProductRow): MeetingProductInput {
  return {
    productId: p.productId,
    interested: wholeOrNull(p.interested),
    capacityKind: p.capacityKind,
    capacity: numberOrNull(p.capacity),
    currentOutput: numberOrNull(p.currentOutput),
    months: [...p.months],
    inPlan: p.inPlan,
  };
}

/** Which row each sent entry was, to bring the backend's messages back to it. */
export interface MeetingSent {
  /** Household ids, then the keys of the others typed in. */
  attendees: RowKey[];
  products: number[];
  swot: Record<SwotList, number[]>;
}

export function noneSent(): MeetingSent {
  return { attendees: [], products: [], swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] } };
}

/**
 * The meeting as the backend takes it: empty boxes as null, blank rows left out,
 * and which row each entry came from.
 */
export function meetingInput(
  draft: MeetingDraft,
  choices: readonly AttendanceChoice[],
  confirmed = false,
): { input: SlgMeetingInput; sent: MeetingSent } {
  const { members, others } = attendees(draft, choices);
  const products = rowsToSend(draft.products, isBlankProduct);
  // Blank SWOT lines go too (the backend drops them): each line keeps its index.
  const swot = Object.fromEntries(SWOT_LISTS.map((l) => [l, draft.swot[l].map((x) => x.text)])) as Swot;
  const input: SlgMeetingInput = {
    id: draft.id,
    slgId: draft.slgId ?? "",
    campaignId: draft.campaignId,
    heldOn: draft.heldOn,
    venue: draft.venue,
    facilitatorId: draft.facilitatorId,
    attendees: [
      ...members.map((m) => ({ householdId: m.householdId, name: "", sex: null, youth: false })),
      ...others.rows.map((o) => ({ householdId: null, name: o.name, sex: o.sex, youth: o.youth })),
    ],
    products: products.rows.map(productInput),
    swot,
    supportNeeds: draft.supportNeeds,
    notes: draft.notes,
    confirmed,
  };
  const sent: MeetingSent = {
    attendees: [...members.map((m) => m.householdId), ...others.keys],
    products: products.keys,
    swot: Object.fromEntries(SWOT_LISTS.map((l) => [l, draft.swot[l].map((x) => x.key)])) as MeetingSent["swot"],
  };
  return { input, sent };
}

export const MEETING_FIELDS = [
  "slgId",
  "campaignId",
  "heldOn",
  "venue",
  "facilitatorId",
  "attendees",
  "products",
  "supportNeeds",
  "notes",
] as const;
export const OTHER_FIELDS = ["name", "sex"] as const;
export const PRODUCT_FIELDS = ["productId", "capacityKind", "capacity", "currentOutput", "months"] as const;

/** The fields the form shows next to their controls, for the rows last sent. */
export function meetingFields(sent: MeetingSent): string[] {
  const swot = SWOT_LISTS.flatMap((l) =>
    sent.swot[l].map((_, i) => `${SWOT_FIELD[l]}.${i}`),
  );
  return [
    ...MEETING_FIELDS,
    ...rowFields("attendees", sent.attendees.length, OTHER_FIELDS),
    ...rowFields("products", sent.products.length, PRODUCT_FIELDS),
    ...swot,
  ];
}

/** The backend's name for a SWOT line: `swot.weakness.1`. */
export function swotField(list: SwotList, sent: MeetingSent, key: number): string {
  const i = sent.swot[list].indexOf(key);
  return i >= 0 ? `${SWOT_FIELD[list]}.${i}` : `${SWOT_FIELD[list]}.new-${key}`;
}
