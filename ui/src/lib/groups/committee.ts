// The committee as its form edits it: one choice per seat, among the current members.
import type { CommitteeRole } from "../../bindings/CommitteeRole";
import type { CommitteeSeat } from "../../bindings/CommitteeSeat";
import type { CommitteeSeatInput } from "../../bindings/CommitteeSeatInput";
import type { GroupMember } from "../../bindings/GroupMember";
import { COMMITTEE_ROLES } from "../codes";

/** Who holds each seat; null for a vacant one. */
export type CommitteeDraft = Record<CommitteeRole, string | null>;

export function committeeDraft(seats: readonly CommitteeSeat[], members: readonly GroupMember[]): CommitteeDraft {
  const draft = Object.fromEntries(COMMITTEE_ROLES.map((r) => [r, null])) as CommitteeDraft;
  for (const s of seats) {
    // A seat whose holder left is vacant (the backend frees it too).
    if (members.some((m) => m.householdId === s.householdId)) draft[s.role] = s.householdId;
  }
  return draft;
}

/**
 * Every seat in the guideline's order, vacant ones as null: the backend's
 * `committee.<i>` is then the i-th role of `COMMITTEE_ROLES`.
 */
export function committeeInput(draft: CommitteeDraft): CommitteeSeatInput[] {
  return COMMITTEE_ROLES.map((role) => ({ role, householdId: draft[role] === "" ? null : draft[role] }));
}

/** The backend's field for a seat's choice. */
export function seatField(role: CommitteeRole): string {
  return `committee.${COMMITTEE_ROLES.indexOf(role)}.householdId`;
}

export const COMMITTEE_FIELDS: readonly string[] = COMMITTEE_ROLES.map(seatField);

/** Whether the form differs from the saved committee. */
export function committeeChanged(draft: CommitteeDraft, seats: readonly CommitteeSeat[], members: readonly GroupMember[]): boolean {
  const saved = committeeDraft(seats, members);
  return COMMITTEE_ROLES.some((r) => (draft[r] || null) !== saved[r]);
}
