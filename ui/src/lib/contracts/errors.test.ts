import { describe, expect, it } from "vitest";
import { describeError, type Translate } from "../api";
import { renameFields, STATUS_FIELD_NAMES } from "./errors";

describe("the status form's refusals", () => {
  it("names the status reason apart from a member's reason for joining", () => {
    const refusal = {
      code: "invalid_input",
      message: "",
      violations: [
        { field: "reason", rule: "reason_required", params: {} },
        { field: "onDate", rule: "before_signing", params: { date: "2026-01-05" } },
        { field: "groupIds", rule: "group_not_formed", params: { group: "A" } },
      ],
    };
    const renamed = renameFields(refusal, STATUS_FIELD_NAMES);
    expect(renamed.violations.map((v) => v.field)).toEqual(["statusReason", "statusDate", "groupIds"]);
    const t: Translate = (id, o) => (id === "ruleVariants.reason_required.statusReason" ? "Why it ends" : (o?.default ?? id));
    expect(describeError(renamed, t, ["statusReason"]).fields.statusReason).toEqual(["Why it ends"]);
  });
});
