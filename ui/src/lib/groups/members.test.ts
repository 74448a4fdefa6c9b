import { describe, expect, it } from "vitest";
import type { GroupMember } from "../../bindings/GroupMember";
import type { Household } from "../../bindings/Household";
import { answerKind, memberCandidates, toSend } from "./members";

const place = { code: "01020301", nameKm: "ភូមិ", nameEn: "Village" };
const household = (id: string, archived = false): Household => ({
  id,
  headNameKm: id,
  headNameLatin: id,
  sex: "female",
  birthYear: 1985,
  age: 41,
  isYouth: false,
  size: 4,
  women: 2,
  village: place,
  commune: place,
  phone: "",
  idCard: "",
  idPoor: "none",
  indigenous: false,
  slgId: "s1",
  slgName: "SLG",
  archived,
});
const member = (id: string) => ({ householdId: id }) as GroupMember;

describe("adding members", () => {
  it("shows households already in the group as such, and archived ones not at all", () => {
    const list = memberCandidates([household("a"), household("b"), household("x", true)], [member("b")]);
    expect(list.map((c) => [c.household.id, c.already])).toEqual([
      ["a", false],
      ["b", true],
    ]);
  });

  it("sends only ticked households not already members", () => {
    const list = memberCandidates([household("a"), household("b"), household("c")], [member("b")]);
    expect(toSend(["c", "b", "a"], list)).toEqual(["c", "a"]);
  });

  it("asks again on warnings and refuses on broken rules", () => {
    expect(answerKind({ code: "needs_confirmation", message: "", violations: [] })).toBe("ask");
    expect(answerKind({ code: "invalid_input", message: "", violations: [] })).toBe("refuse");
    expect(answerKind("panic")).toBe("refuse");
  });
});
