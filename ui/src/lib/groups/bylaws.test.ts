import { describe, expect, it } from "vitest";
import type { BylawClause } from "../../bindings/BylawClause";
import {
  adoptionInput,
  clauseField,
  clauseFields,
  clauseRows,
  clausesToSend,
  extraClause,
  moveClause,
  removeClause,
  writtenOn,
} from "./bylaws";

const clause = (id: string): BylawClause => ({ clause: id, titleKm: `ចំណងជើង ${id}`, titleEn: id, textKm: "អត្ថបទ", textEn: "text" });

describe("the by-laws editor", () => {
  it("moves a clause up and down, and not past the ends", () => {
    const rows = clauseRows([clause("purpose"), clause("membership"), clause("meetings")]);
    expect(moveClause(rows, 2, -1).map((r) => r.clause)).toEqual(["purpose", "meetings", "membership"]);
    expect(moveClause(rows, 0, 1).map((r) => r.clause)).toEqual(["membership", "purpose", "meetings"]);
    expect(moveClause(rows, 0, -1).map((r) => r.clause)).toEqual(["purpose", "membership", "meetings"]);
    expect(moveClause(rows, 2, 1).map((r) => r.clause)).toEqual(["purpose", "membership", "meetings"]);
  });

  it("sends the clauses in the order shown, without the row keys, with an added clause as extra", () => {
    const rows = [...clauseRows([clause("purpose"), clause("membership")]), extraClause()];
    const sent = clausesToSend(moveClause(removeClause(rows, rows[0].key), 1, -1));
    expect(sent.clauses.map((c) => c.clause)).toEqual(["extra", "membership"]);
    expect(sent.clauses[0]).toEqual({ clause: "extra", titleKm: "", titleEn: "", textKm: "", textEn: "" });
    expect(sent.keys).toEqual([rows[2].key, rows[1].key]);
  });

  it("brings a message on clauses.<i> back to the row it was, after the rows moved", () => {
    const rows = clauseRows([clause("a"), clause("b")]);
    const { keys } = clausesToSend(rows);
    expect(clauseField(keys, rows[1].key, "textKm")).toBe("clauses.1.textKm");
    // A row added since the save has no message.
    expect(clauseField(keys, extraClause().key, "textKm")).toMatch(/^clauses\.new-/);
    expect(clauseFields(keys)).toContain("clauses.0.titleKm");
    expect(clauseFields(keys)).toContain("clauses");
  });
});

describe("recording an adoption", () => {
  it("sends an empty count of members present as null, so the backend asks for it", () => {
    expect(adoptionInput(2, { date: "2026-05-01", meeting: "វត្ត", membersPresent: null })).toEqual({
      version: 2,
      date: "2026-05-01",
      meeting: "វត្ត",
      membersPresent: null,
    });
    expect(adoptionInput(1, { date: "", meeting: "", membersPresent: Number.NaN }).membersPresent).toBeNull();
    expect(adoptionInput(1, { date: "", meeting: "", membersPresent: 7 }).membersPresent).toBe(7);
  });

  it("reads the day a version was written", () => {
    expect(writtenOn({ writtenAt: "2026-04-21T10:05:00" })).toBe("2026-04-21");
  });
});
