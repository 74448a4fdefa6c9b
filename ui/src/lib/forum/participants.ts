// The forum's participants as the screens show them: grouped by the guideline's
// categories, counted by where their invitation stands, and picked from the
// registers with a category suggested from the record (the officer may change it).
import type { Buyer } from "../../bindings/Buyer";
import type { BuyerKind } from "../../bindings/BuyerKind";
import type { Household } from "../../bindings/Household";
import type { InvitationStatus } from "../../bindings/InvitationStatus";
import type { Official } from "../../bindings/Official";
import type { OfficialRole } from "../../bindings/OfficialRole";
import type { Participant } from "../../bindings/Participant";
import type { ParticipantCategory } from "../../bindings/ParticipantCategory";
import type { ParticipantInput } from "../../bindings/ParticipantInput";
import type { Sex } from "../../bindings/Sex";
import { INVITATION_STATUSES, PARTICIPANT_CATEGORIES } from "../codes";

/** Every category in the guideline's order, each with its participants (possibly none). */
export function byCategory(
  participants: readonly Participant[],
): { category: ParticipantCategory; rows: Participant[] }[] {
  return PARTICIPANT_CATEGORIES.map((category) => ({
    category,
    rows: participants.filter((p) => p.category === category),
  }));
}

/** How many invitations stand at each status; archived participants are not counted. */
export function statusCounts(participants: readonly Participant[]): Record<InvitationStatus, number> {
  const counts = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as Record<InvitationStatus, number>;
  for (const p of participants) if (!p.archived) counts[p.status] += 1;
  return counts;
}

/** The category an official comes to the forum in. */
export function categoryForRole(role: OfficialRole): ParticipantCategory {
  switch (role) {
    case "cew":
      return "cew";
    case "pdaff_marketing":
      return "pdaff_marketing";
    case "me_advisor":
      return "me_advisor";
    case "dao_chief":
    case "district_technical":
      return "district_official";
  }
}

/** The category a buyer or supplier comes in: retailers, input suppliers, and the rest as wholesalers. */
export function categoryForBuyer(kind: BuyerKind): ParticipantCategory {
  switch (kind) {
    case "retailer":
    case "supermarket":
      return "retailer";
    case "input_supplier":
      return "input_supplier";
    default:
      return "wholesaler";
  }
}

/** The register records already invited (archived participants do not count): `official:<id>`… */
export function invitedRefs(participants: readonly Participant[]): Set<string> {
  const refs = new Set<string>();
  for (const p of participants) {
    if (p.archived) continue;
    if (p.officialId) refs.add(`official:${p.officialId}`);
    if (p.buyerId) refs.add(`buyer:${p.buyerId}`);
    if (p.householdId) refs.add(`household:${p.householdId}`);
  }
  return refs;
}

/** Someone picked from a register: which register, which record, and the category they come in. */
export type RegisterPick =
  | { register: "official"; record: Official; category: ParticipantCategory }
  | { register: "buyer"; record: Buyer; category: ParticipantCategory }
  | { register: "household"; record: Household; slgId: string; category: ParticipantCategory };

export function refOf(pick: Pick<RegisterPick, "register" | "record">): string {
  return `${pick.register}:${pick.record.id}`;
}

/**
 * A participant picked from a register: only the link and the category are sent,
 * and the backend fills the name, sex, phone and organisation from the record.
 */
export function participantFromRegister(forumId: string, pick: RegisterPick): ParticipantInput {
  return {
    id: null,
    forumId,
    category: pick.category,
    name: "",
    organisation: "",
    title: "",
    sex: null,
    phone: "",
    officialId: pick.register === "official" ? pick.record.id : null,
    buyerId: pick.register === "buyer" ? pick.record.id : null,
    householdId: pick.register === "household" ? pick.record.id : null,
    slgId: pick.register === "household" ? pick.slgId : null,
    status: null,
  };
}

/** A participant as the form edits it (typed in, or one picked earlier: its links stay). */
export interface ParticipantDraft {
  id: string | null;
  archived: boolean;
  category: ParticipantCategory | null;
  name: string;
  organisation: string;
  title: string;
  sex: Sex | null;
  phone: string;
  status: InvitationStatus;
  officialId: string | null;
  buyerId: string | null;
  householdId: string | null;
  slgId: string | null;
}

export function participantDraft(p: Participant | null): ParticipantDraft {
  return {
    id: p?.id ?? null,
    archived: p?.archived ?? false,
    category: p?.category ?? null,
    name: p?.name ?? "",
    organisation: p?.organisation ?? "",
    title: p?.title ?? "",
    sex: p?.sex ?? null,
    phone: p?.phone ?? "",
    status: p?.status ?? "to_invite",
    officialId: p?.officialId ?? null,
    buyerId: p?.buyerId ?? null,
    householdId: p?.householdId ?? null,
    slgId: p?.slgId ?? null,
  };
}

export function participantInput(forumId: string, d: ParticipantDraft): ParticipantInput {
  return {
    id: d.id,
    forumId,
    category: d.category,
    name: d.name,
    organisation: d.organisation,
    title: d.title,
    sex: d.sex,
    phone: d.phone,
    officialId: d.officialId,
    buyerId: d.buyerId,
    householdId: d.householdId,
    slgId: d.slgId,
    status: d.status,
  };
}

export const PARTICIPANT_FIELDS = [
  "category",
  "name",
  "organisation",
  "title",
  "sex",
  "phone",
  "status",
  "officialId",
  "buyerId",
  "householdId",
  "slgId",
] as const;
