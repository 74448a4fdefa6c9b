// The contract and delivery commands: their names and argument objects as the Rust
// commands take them (camelCase), the prints and exports, and the wording of the
// contract rules' params.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ContractTerms } from "../bindings/ContractTerms";
import type { Translate } from "./api";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const api = await import("./api");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

const terms = { variety: "Hybrid" } as ContractTerms;
const query = { status: "active" as const, productId: null, buyerId: "b1", communeCode: null, includeArchived: false };

describe("contract commands", () => {
  it.each<[string, () => Promise<unknown>, string, Record<string, unknown> | undefined]>([
    ["the template", () => api.contractTemplate(["g1", "g2"], "b1"), "contract_template", { groupIds: ["g1", "g2"], buyerId: "b1" }],
    ["the live checklist", () => api.contractChecklist(terms), "contract_checklist", { terms }],
    ["the register", () => api.listContracts(query), "list_contracts", { query }],
    ["a contract", () => api.getContract("c1"), "get_contract", { id: "c1" }],
    ["its versions", () => api.contractVersions("c1"), "contract_versions", { id: "c1" }],
    [
      "a new draft",
      () => api.saveContract({ id: null, groupIds: ["g1"], buyerId: "b1", productId: "p1", terms, amendmentReason: "" }),
      "save_contract",
      { input: { id: null, groupIds: ["g1"], buyerId: "b1", productId: "p1", terms, amendmentReason: "" } },
    ],
    ["a signature", () => api.signContract("c1", "2026-05-01"), "sign_contract", { id: "c1", date: "2026-05-01" }],
    [
      "a change of status",
      () => api.setContractStatus("c1", "terminated", "2026-06-01", "buyer closed"),
      "set_contract_status",
      { id: "c1", status: "terminated", date: "2026-06-01", reason: "buyer closed" },
    ],
    ["archiving", () => api.setContractArchived("c1", true), "set_contract_archived", { id: "c1", archived: true }],
    ["the deliveries", () => api.listDeliveries("c1"), "list_deliveries", { contractId: "c1" }],
    [
      "a delivery",
      () =>
        api.saveDelivery({
          id: null,
          contractId: "c1",
          deliveredOn: "2026-05-02",
          grades: [{ grade: "", quantity: 10, price: 2500 }],
          rejectedQuantity: null,
          rejectedReason: "",
          paidAmount: null,
          paidOn: "",
          notes: "",
        }),
      "save_delivery",
      {
        input: {
          id: null,
          contractId: "c1",
          deliveredOn: "2026-05-02",
          grades: [{ grade: "", quantity: 10, price: 2500 }],
          rejectedQuantity: null,
          rejectedReason: "",
          paidAmount: null,
          paidOn: "",
          notes: "",
        },
      },
    ],
    ["the fulfilment", () => api.contractFulfilment("c1"), "contract_fulfilment", { id: "c1" }],
    ["the alerts", () => api.contractAlerts(), "contract_alerts", undefined],
    ["the contract printed", () => api.printContract("c1", "km"), "print_contract", { contractId: "c1", mode: "km" }],
    ["its summary printed", () => api.printContractSummary("c1", "km-en"), "print_contract_summary", { contractId: "c1", mode: "km-en" }],
    ["the blank contract", () => api.printContractBlank("en"), "print_contract_blank", { mode: "en" }],
    ["the register exported", () => api.exportContracts(query), "export_contracts", { query }],
    ["the deliveries exported", () => api.exportDeliveries(query), "export_deliveries", { query }],
  ])("asks for %s", async (_what, call, command, args) => {
    await call();
    expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("words the contract rules' params: items, statuses and missing fields", () => {
    const words: Record<string, string> = {
      "contractItems.price": "Price",
      "contractStatuses.draft": "Draft",
      "contracts.fields.groupRep.idNumber": "ID card number",
      "contracts.fields.clauses.disputes": "Disputes clause",
    };
    const t: Translate = (id, o) => words[id] ?? o?.default ?? id;
    expect(api.wordParam("item", "price", t)).toBe("Price");
    expect(api.wordParam("from", "draft", t)).toBe("Draft");
    expect(api.wordParam("fields", "groupRep.idNumber, clauses.disputes, currency", t)).toBe("ID card number, Disputes clause, currency");
    // The agenda's "item" is a number: left as it is.
    expect(api.wordParam("item", "3", t)).toBe("3");
  });
});
