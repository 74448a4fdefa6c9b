// Where the officer is under "Contracts" (guideline step 5), kept in the URL hash after
// `#contracts` so back/forward, a reload and a link from the home screen return there.

export type ContractsRoute =
  /** The register. */
  | { view: "list" }
  /** One contract's page: terms, checklist, signing, deliveries. */
  | { view: "contract"; contractId: string };

const LIST: ContractsRoute = { view: "list" };

/** The route a hash names; the register for anything it does not know. */
export function parseContractsRoute(hash: string): ContractsRoute {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== "contracts") return LIST;
  const [, view, id] = parts;
  return view === "contract" && id ? { view: "contract", contractId: id } : LIST;
}

/** The hash of a route, for `location.hash` or a link. */
export function contractsHref(route: ContractsRoute): string {
  return route.view === "contract" ? `#contracts/contract/${encodeURIComponent(route.contractId)}` : "#contracts";
}
