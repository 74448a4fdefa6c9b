import { describe, expect, it } from "vitest";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import { clusterPeers, contractQuery, deliveredOfTotal, newContractParties, NO_FILTERS } from "./register";
import { contractsHref, parseContractsRoute } from "./route";

describe("the contract register", () => {
  it("sends the 'All' and empty choices as null", () => {
    expect(contractQuery(NO_FILTERS)).toEqual({ status: null, productId: null, buyerId: null, communeCode: null, includeArchived: false });
    expect(contractQuery({ status: "active", productId: "", buyerId: "b1", communeCode: "010203", includeArchived: true })).toEqual({
      status: "active",
      productId: null,
      buyerId: "b1",
      communeCode: "010203",
      includeArchived: true,
    });
  });

  it("writes delivered of the total", () => {
    const fmt = (n: number) => n.toLocaleString("en-US");
    expect(deliveredOfTotal(1200, 5000, fmt)).toBe("1,200 / 5,000");
    expect(deliveredOfTotal(0, null, fmt)).toBe("0");
  });

  it("keeps where the officer is in the hash", () => {
    expect(parseContractsRoute("#contracts/contract/c%201")).toEqual({ view: "contract", contractId: "c 1" });
    expect(parseContractsRoute("#contracts")).toEqual({ view: "list" });
    expect(parseContractsRoute("#groups/group/x")).toEqual({ view: "list" });
    expect(contractsHref({ view: "contract", contractId: "c 1" })).toBe("#contracts/contract/c%201");
    expect(contractsHref({ view: "list" })).toBe("#contracts");
  });
});

describe("a new contract's parties", () => {
  const group = (id: string, clusterId: string | null, archived = false) => ({ id, clusterId, archived }) as ProducerGroup;

  it("puts the chosen group first and each group once, only of those offered", () => {
    expect(newContractParties({ groupId: "g1", extraGroupIds: ["g2", "g1", "g9"], buyerId: "b1", productId: "p1" }, ["g2", "g3"])).toEqual({
      groupIds: ["g1", "g2"],
      buyerId: "b1",
      productId: "p1",
    });
    expect(newContractParties({ groupId: "", extraGroupIds: ["g2"], buyerId: "", productId: "" }, ["g2"]).groupIds).toEqual([]);
  });

  it("offers the other groups of the chosen group's cluster", () => {
    const all = [group("g1", "k1"), group("g2", "k1"), group("g3", "k2"), group("g4", "k1", true), group("g5", null)];
    expect(clusterPeers(all[0], all).map((g) => g.id)).toEqual(["g2"]);
    expect(clusterPeers(all[4], all)).toEqual([]);
    expect(clusterPeers(null, all)).toEqual([]);
  });
});
