import { describe, expect, it } from "vitest";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import type { ProducerGroupSummary } from "../../bindings/ProducerGroupSummary";
import { groupDraft, groupInput, statusTone, withStatus } from "./groupForm";

const group: ProducerGroup = {
  id: "g1",
  name: "ក្រុមបន្លែ",
  commune: { code: "010203", nameKm: "ឃុំ", nameEn: "Commune" },
  clusterId: "c1",
  clusterName: "Cluster",
  products: [
    { id: "p1", nameKm: "ត្រសក់", nameEn: "Cucumber", category: "vegetable", unit: "kg", priceMinKhr: 1, priceMaxKhr: 2, archived: false },
  ],
  members: [],
  committee: [],
  strategy: { targetBuyers: "Collectors", targetMarkets: "", volumes: "", skillsNeeded: "", partnersSought: "" },
  formedOn: null,
  inactiveSince: null,
  status: "forming",
  readiness: { ready: false, checks: [] },
  quorum: 1,
  archived: false,
};

describe("the group form", () => {
  it("sends a new group with no commune chosen as an empty code and no cluster as null", () => {
    const input = groupInput({ ...groupDraft(null), name: "ក្រុម", clusterId: "" });
    expect(input).toEqual({
      id: null,
      name: "ក្រុម",
      communeCode: "",
      clusterId: null,
      productIds: [],
      strategy: { targetBuyers: "", targetMarkets: "", volumes: "", skillsNeeded: "", partnersSought: "" },
    });
  });

  it("edits a saved group as it was", () => {
    expect(groupInput(groupDraft(group))).toEqual({
      id: "g1",
      name: "ក្រុមបន្លែ",
      communeCode: "010203",
      clusterId: "c1",
      productIds: ["p1"],
      strategy: group.strategy,
    });
  });

  it("does not share the saved group's strategy with the draft", () => {
    const d = groupDraft(group);
    d.strategy.volumes = "200 kg";
    expect(group.strategy.volumes).toBe("");
  });
});

describe("the groups list", () => {
  const row = (id: string, status: ProducerGroupSummary["status"]): ProducerGroupSummary => ({
    id,
    name: id,
    commune: group.commune,
    members: 0,
    productsKm: [],
    status,
    archived: false,
  });

  it("filters by status, or shows all", () => {
    const rows = [row("a", "forming"), row("b", "formed"), row("c", "forming")];
    expect(withStatus(rows, "forming").map((g) => g.id)).toEqual(["a", "c"]);
    expect(withStatus(rows, null)).toHaveLength(3);
  });

  it("marks a forming group for attention", () => {
    expect(statusTone("forming")).toBe("warn");
    expect(statusTone("inactive")).toBe("muted");
    expect(statusTone("formed")).toBe("");
  });
});
