// The readiness checklist of a producer group as the page words it: one line per
// thing the guideline asks of a formed group, saying what is missing and for whom.
// The backend counts; this only picks the words (`groups.readiness.*`).
import type { ReadinessCheck } from "../../bindings/ReadinessCheck";

export interface ChecklistLine {
  item: ReadinessCheck["item"];
  ok: boolean;
  /** A locale key under `groups.readiness`. */
  key: string;
  values: Record<string, string | number>;
}

/** The words for one check: "9 of 10 households", "no production plan yet: …". */
export function checklistLine(check: ReadinessCheck): ChecklistLine {
  const base = { item: check.item, ok: check.ok };
  const counts = { count: check.count, needed: check.needed };
  switch (check.item) {
    case "members":
      return { ...base, key: `groups.readiness.members.${check.ok ? "ok" : "short"}`, values: counts };
    case "bylaws":
      return { ...base, key: `groups.readiness.bylaws.${check.ok ? "ok" : "missing"}`, values: {} };
    case "plans":
      if (check.ok) return { ...base, key: "groups.readiness.plans.ok", values: counts };
      if (check.needed === 0) return { ...base, key: "groups.readiness.plans.noMembers", values: {} };
      return {
        ...base,
        key: "groups.readiness.plans.missing",
        values: { ...counts, names: check.missing.join(", "), missing: check.missing.length },
      };
  }
}
