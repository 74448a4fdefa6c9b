import { describe, expect, it } from "vitest";
import type { Buyer } from "../../bindings/Buyer";
import type { Cluster } from "../../bindings/Cluster";
import type { Product } from "../../bindings/Product";
import { rowField } from "../rows";
import {
  clusterDraft,
  clusterFields,
  clusterInput,
  emptyAction,
  emptyPartner,
  emptyPlanLine,
  partnerOptions,
  planProducts,
} from "./clusterForm";

const product = (id: string): Product => ({
  id,
  nameKm: id,
  nameEn: id,
  category: "vegetable",
  unit: "kg",
  priceMinKhr: 1000,
  priceMaxKhr: 5000,
  archived: false,
});

const buyer = (id: string, kind: Buyer["kind"], archived = false): Buyer => ({
  id,
  name: id,
  kind,
  contactPerson: "",
  phone: "",
  locationPath: [],
  address: "",
  products: "",
  archived,
});

describe("a cluster as the backend takes it", () => {
  it("sends empty boxes as null and leaves blank rows out", () => {
    const d = clusterDraft(null, "f1");
    d.name = "បណ្ដុំមាន់";
    d.productIds = ["chicken"];
    d.plan = [
      { ...emptyPlanLine("chicken"), quantityPerMonth: Number.NaN, priceMinKhr: 2500.4, months: [12, 1] },
      emptyPlanLine(),
    ];
    d.actions = [emptyAction(), { ...emptyAction(), activity: "ចុះកិច្ចសន្យា", deadline: "" }];
    const { input, sent } = clusterInput(d);
    expect(input.forumId).toBe("f1");
    expect(input.partners).toEqual([]);
    expect(input.plan).toEqual([
      { productId: "chicken", quantityPerMonth: null, months: [12, 1], quality: "", priceMinKhr: 2500, priceMaxKhr: null },
    ]);
    expect(input.actions).toEqual([{ activity: "ចុះកិច្ចសន្យា", responsible: "", deadline: null, status: "planned" }]);
    expect(sent.actions).toEqual([d.actions[1].key]);
  });

  it("sends a register partner by id (its name comes from the register) and a service provider by name", () => {
    const d = clusterDraft(null, null);
    d.partners = [
      { ...emptyPartner("buyer"), buyerId: "b1", name: "left over" },
      { ...emptyPartner("service_provider"), buyerId: "b2", name: "អង្គការ ក" },
    ];
    expect(clusterInput(d).input.partners).toEqual([
      { role: "buyer", buyerId: "b1", name: "" },
      { role: "service_provider", buyerId: null, name: "អង្គការ ក" },
    ]);
  });

  it("brings plan.0.months back to the row it was, blank rows before it aside", () => {
    const d = clusterDraft(null, null);
    const line = { ...emptyPlanLine("p"), quantityPerMonth: 100 };
    d.plan = [emptyPlanLine(), line];
    const { sent } = clusterInput(d);
    expect(rowField("plan", sent.plan, line.key, "months")).toBe("plan.0.months");
    expect(clusterFields(sent)).toContain("plan.0.months");
    expect(clusterFields(sent)).not.toContain("plan.1.months");
  });

  it("reopens a saved cluster with its lists, a register partner's name left to the register", () => {
    const saved: Cluster = {
      id: "c1",
      forumId: "f1",
      name: "x",
      products: [product("a")],
      slgs: [{ id: "s1", name: "SLG", memberCount: 12 }],
      partners: [
        { role: "buyer", buyerId: "b1", name: "Collector" },
        { role: "service_provider", buyerId: null, name: "NGO" },
      ],
      plan: [{ product: product("a"), quantityPerMonth: 800, months: [1, 2], quality: "", priceMinKhr: null, priceMaxKhr: null }],
      businessStrategy: "s",
      actions: [{ activity: "a", responsible: "r", deadline: null, status: "done" }],
      archived: false,
    };
    const d = clusterDraft(saved, null);
    expect(d.productIds).toEqual(["a"]);
    expect(d.slgIds).toEqual(["s1"]);
    expect(d.partners.map((p) => p.name)).toEqual(["", "NGO"]);
    expect(d.plan[0]).toMatchObject({ productId: "a", quantityPerMonth: 800 });
    expect(d.actions[0]).toMatchObject({ deadline: "", status: "done" });
    expect(clusterInput(d).input.forumId).toBe("f1");
  });
});

describe("what a row offers", () => {
  it("offers the cluster's products to a plan line, and keeps one taken off the cluster", () => {
    const catalogue = [product("a"), product("b"), product("c")];
    expect(planProducts(catalogue, ["c", "a"], emptyPlanLine()).map((p) => p.id)).toEqual(["c", "a"]);
    expect(planProducts(catalogue, ["a"], emptyPlanLine("b")).map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("offers input suppliers to an input supplier, other kinds to a buyer, never archived ones", () => {
    const buyers = [buyer("col", "collector"), buyer("sup", "input_supplier"), buyer("old", "wholesaler", true)];
    expect(partnerOptions(buyers, "buyer", null).map((b) => b.id)).toEqual(["col"]);
    expect(partnerOptions(buyers, "input_supplier", null).map((b) => b.id)).toEqual(["sup"]);
    expect(partnerOptions(buyers, "buyer", "old").map((b) => b.id)).toEqual(["col", "old"]);
  });
});
