// Adding households to a producer group: who can be ticked (those already in the
// group are shown as such), and how each answer is sorted — added, asked to
// confirm (warnings: another group for the same product, above 15), or refused.
import type { GroupMember } from "../../bindings/GroupMember";
import type { Household } from "../../bindings/Household";
import { toIpcError } from "../api";

export interface MemberCandidate {
  household: Household;
  /** Already a current member of this group. */
  already: boolean;
}

export function memberCandidates(households: readonly Household[], members: readonly GroupMember[]): MemberCandidate[] {
  const ids = new Set(members.map((m) => m.householdId));
  return households.filter((h) => !h.archived).map((household) => ({ household, already: ids.has(household.id) }));
}

/** What became of one household sent: only warnings stand (ask), or a rule refused it. */
export function answerKind(e: unknown): "ask" | "refuse" {
  return toIpcError(e).code === "needs_confirmation" ? "ask" : "refuse";
}

/** The ticked households still to send, in the order they were ticked, already-members left out. */
export function toSend(picked: readonly string[], candidates: readonly MemberCandidate[]): string[] {
  const already = new Set(candidates.filter((c) => c.already).map((c) => c.household.id));
  return picked.filter((id) => !already.has(id));
}
