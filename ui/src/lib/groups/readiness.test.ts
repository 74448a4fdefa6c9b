import { describe, expect, it } from "vitest";
import type { ReadinessCheck } from "../../bindings/ReadinessCheck";
import { checklistLine } from "./readiness";

const check = (c: Partial<ReadinessCheck> & Pick<ReadinessCheck, "item">): ReadinessCheck => ({
  ok: false,
  count: 0,
  needed: 0,
  missing: [],
  ...c,
});

describe("the readiness checklist", () => {
  it("says how many households of how many are there", () => {
    expect(checklistLine(check({ item: "members", count: 9, needed: 10 }))).toEqual({
      item: "members",
      ok: false,
      key: "groups.readiness.members.short",
      values: { count: 9, needed: 10 },
    });
    expect(checklistLine(check({ item: "members", ok: true, count: 12, needed: 10 })).key).toBe(
      "groups.readiness.members.ok",
    );
  });

  it("says the by-laws are not adopted yet", () => {
    expect(checklistLine(check({ item: "bylaws", needed: 1 })).key).toBe("groups.readiness.bylaws.missing");
    expect(checklistLine(check({ item: "bylaws", ok: true, count: 1, needed: 1 })).key).toBe(
      "groups.readiness.bylaws.ok",
    );
  });

  it("names every member still without a production plan", () => {
    const line = checklistLine(check({ item: "plans", count: 8, needed: 10, missing: ["សុខ ចាន់", "ស្រី មុំ"] }));
    expect(line.ok).toBe(false);
    expect(line.key).toBe("groups.readiness.plans.missing");
    expect(line.values).toEqual({ count: 8, needed: 10, missing: 2, names: "សុខ ចាន់, ស្រី មុំ" });
  });

  it("does not speak of plans for nobody when the group has no members", () => {
    expect(checklistLine(check({ item: "plans", needed: 0 })).key).toBe("groups.readiness.plans.noMembers");
    expect(checklistLine(check({ item: "plans", ok: true, count: 10, needed: 10 })).key).toBe("groups.readiness.plans.ok");
  });
});
