// A refusal's field names, renamed for a form that shows them under other names: the
// status form's "reason" is not the household's reason for joining a group, so it is
// worded from its own `ruleVariants` entry.
import type { IpcError } from "../../bindings/IpcError";
import { toIpcError } from "../api";

/** The refusal with each violation's field renamed by `names` (others kept). */
export function renameFields(e: unknown, names: Readonly<Record<string, string>>): IpcError {
  const err = toIpcError(e);
  return { ...err, violations: err.violations.map((v) => ({ ...v, field: names[v.field] ?? v.field })) };
}

/** The status form's names for the fields of `set_contract_status`. */
export const STATUS_FIELD_NAMES: Readonly<Record<string, string>> = {
  reason: "statusReason",
  onDate: "statusDate",
  status: "statusAction",
};
