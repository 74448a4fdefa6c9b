// A contract's status as the page presents it: which changes the status form offers,
// which parts of the page show, the badge's tone. The core decides whether a change is
// allowed (and refuses it with `status_transition`); this is only what is offered.
import type { ContractStatus } from "../../bindings/ContractStatus";

/** The statuses the status form offers after `status`, in the order they are listed. */
export function statusActions(status: ContractStatus): ContractStatus[] {
  switch (status) {
    case "signed":
      return ["active", "terminated", "breached"];
    case "active":
      return ["completed", "terminated", "breached"];
    default:
      return [];
  }
}

/** Signed or active: a change to the terms is an amendment, a new version with its reason. */
export function inForce(status: ContractStatus): boolean {
  return status === "signed" || status === "active";
}

/** Completed, terminated or breached: nothing more is recorded against it. */
export function closed(status: ContractStatus): boolean {
  return status === "completed" || status === "terminated" || status === "breached";
}

/** The terms may be edited (a draft, or amended while in force). */
export function editable(status: ContractStatus): boolean {
  return status === "draft" || inForce(status);
}

/** Deliveries are shown once the contract is signed. */
export function showsDeliveries(status: ContractStatus): boolean {
  return status !== "draft";
}

/** The reason box is asked for when the contract ends early. */
export function asksReason(status: ContractStatus | null): boolean {
  return status === "terminated" || status === "breached";
}

export type Tone = "ok" | "warn" | "muted" | "danger";

export function statusTone(status: ContractStatus): Tone {
  switch (status) {
    case "draft":
      return "warn";
    case "signed":
    case "active":
      return "ok";
    case "completed":
      return "muted";
    case "terminated":
    case "breached":
      return "danger";
  }
}
