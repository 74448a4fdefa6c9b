import { describe, expect, it } from "vitest";
import type { CommitteeSeat } from "../../bindings/CommitteeSeat";
import type { GroupMember } from "../../bindings/GroupMember";
import { committeeChanged, committeeDraft, committeeInput, seatField } from "./committee";

const member = (id: string): GroupMember => ({
  householdId: id,
  nameKm: id,
  nameLatin: id,
  sex: "female",
  birthYear: 1980,
  villageKm: "ភូមិ",
  slgName: null,
  joinedOn: "2026-01-01",
  reason: "",
  hasPlan: false,
});

const seat = (role: CommitteeSeat["role"], householdId: string): CommitteeSeat => ({ role, householdId, nameKm: householdId });

describe("the committee form", () => {
  it("sends all four seats in the guideline's order, vacant ones as null", () => {
    const draft = committeeDraft([seat("treasurer", "h2"), seat("chair", "h1")], [member("h1"), member("h2")]);
    expect(committeeInput(draft)).toEqual([
      { role: "chair", householdId: "h1" },
      { role: "vice_chair", householdId: null },
      { role: "secretary", householdId: null },
      { role: "treasurer", householdId: "h2" },
    ]);
  });

  it("sends an emptied select as a vacant seat", () => {
    const draft = committeeDraft([], [member("h1")]);
    draft.secretary = "";
    expect(committeeInput(draft)[2]).toEqual({ role: "secretary", householdId: null });
  });

  it("leaves vacant a seat whose holder is no longer a member", () => {
    expect(committeeDraft([seat("chair", "gone")], [member("h1")]).chair).toBeNull();
  });

  it("names each seat's field as the backend counts the seats", () => {
    expect(seatField("chair")).toBe("committee.0.householdId");
    expect(seatField("treasurer")).toBe("committee.3.householdId");
  });

  it("knows when the form differs from what is saved", () => {
    const members = [member("h1"), member("h2")];
    const seats = [seat("chair", "h1")];
    const draft = committeeDraft(seats, members);
    expect(committeeChanged(draft, seats, members)).toBe(false);
    draft.vice_chair = "h2";
    expect(committeeChanged(draft, seats, members)).toBe(true);
  });
});
