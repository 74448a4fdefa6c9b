import { describe, expect, it } from "vitest";
import { CONTRACT_STATUSES } from "../codes";
import { asksReason, closed, editable, inForce, showsDeliveries, statusActions, statusTone } from "./status";

describe("what the contract page offers", () => {
  it("offers the moves on from a signed or active contract, nothing from a draft or a closed one", () => {
    expect(statusActions("signed")).toEqual(["active", "terminated", "breached"]);
    expect(statusActions("active")).toEqual(["completed", "terminated", "breached"]);
    for (const s of ["draft", "completed", "terminated", "breached"] as const) expect(statusActions(s)).toEqual([]);
  });

  it("treats a signed or active contract as in force, and the rest as drafts or closed", () => {
    expect(CONTRACT_STATUSES.filter(inForce)).toEqual(["signed", "active"]);
    expect(CONTRACT_STATUSES.filter(closed)).toEqual(["completed", "terminated", "breached"]);
    expect(CONTRACT_STATUSES.filter(editable)).toEqual(["draft", "signed", "active"]);
    expect(CONTRACT_STATUSES.filter(showsDeliveries)).toEqual(["signed", "active", "completed", "terminated", "breached"]);
  });

  it("asks for a reason when the contract ends early", () => {
    expect(asksReason("terminated")).toBe(true);
    expect(asksReason("breached")).toBe(true);
    expect(asksReason("completed")).toBe(false);
    expect(asksReason(null)).toBe(false);
  });

  it("gives every status a tone", () => {
    expect(CONTRACT_STATUSES.map(statusTone)).toEqual(["warn", "ok", "ok", "muted", "danger", "danger"]);
  });
});
