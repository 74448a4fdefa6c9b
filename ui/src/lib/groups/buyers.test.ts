import { describe, expect, it } from "vitest";
import type { Buyer } from "../../bindings/Buyer";
import type { BuyerGroup } from "../../bindings/BuyerGroup";
import type { BuyerKind } from "../../bindings/BuyerKind";
import type { GroupBuyerLink } from "../../bindings/GroupBuyerLink";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import type { ProducerGroupSummary } from "../../bindings/ProducerGroupSummary";
import {
  addableBuyerGroups,
  addableBuyers,
  choiceInput,
  linkArgs,
  otherCommuneGroups,
  tickedBuyers,
  withLink,
  withoutLink,
} from "./buyers";

const buyer = (id: string, kind: BuyerKind = "collector", archived = false): Buyer => ({
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
const buyerGroup = (id: string, archived = false): BuyerGroup => ({ id, name: id, buyers: [], archived });
const toBuyer = (id: string): GroupBuyerLink => ({ buyerId: id, buyerGroupId: null, name: id });
const toGroup = (id: string): GroupBuyerLink => ({ buyerId: null, buyerGroupId: id, name: id });
const place = (code: string) => ({ code, nameKm: code, nameEn: code });
const summary = (id: string, commune: string, archived = false): ProducerGroupSummary => ({
  id,
  name: id,
  commune: place(commune),
  members: 10,
  productsKm: [],
  status: "forming",
  archived,
});
const group = { id: "g1", commune: place("c1") } as ProducerGroup;

describe("the group's buyers", () => {
  it("sends the whole list with one more buyer or buyer group", () => {
    expect(withLink([toBuyer("b1")], "g:bg1")).toEqual([
      { buyerId: "b1", buyerGroupId: null },
      { buyerId: null, buyerGroupId: "bg1" },
    ]);
    expect(withLink([], "b:b2")).toEqual([{ buyerId: "b2", buyerGroupId: null }]);
  });

  it("does not add one already on the list", () => {
    expect(withLink([toBuyer("b1")], "b:b1")).toEqual([{ buyerId: "b1", buyerGroupId: null }]);
  });

  it("sends the rest when a row is removed", () => {
    expect(withoutLink([toBuyer("b1"), toGroup("bg1"), toBuyer("b2")], 1)).toEqual([
      { buyerId: "b1", buyerGroupId: null },
      { buyerId: "b2", buyerGroupId: null },
    ]);
  });

  it("reads a choice of either kind", () => {
    expect(choiceInput("b:x")).toEqual({ buyerId: "x", buyerGroupId: null });
    expect(choiceInput("g:y")).toEqual({ buyerId: null, buyerGroupId: "y" });
  });

  it("offers buyers not yet on the list, leaving out input suppliers and archived ones", () => {
    const all = [buyer("b1"), buyer("b2", "input_supplier"), buyer("b3", "exporter"), buyer("b4", "retailer", true)];
    expect(addableBuyers(all, [toBuyer("b1")]).map((b) => b.id)).toEqual(["b3"]);
  });

  it("offers buyer groups not yet on the list nor archived", () => {
    const all = [buyerGroup("bg1"), buyerGroup("bg2"), buyerGroup("bg3", true)];
    expect(addableBuyerGroups(all, [toGroup("bg1"), toBuyer("bg2")]).map((g) => g.id)).toEqual(["bg2"]);
  });

  it("sends the ticked buyers of a new buyer group in the register's order", () => {
    expect(tickedBuyers([buyer("b1"), buyer("b2"), buyer("b3")], { b3: true, b1: true, b2: false })).toEqual(["b1", "b3"]);
  });
});

describe("linked groups", () => {
  it("offers only groups of other communes, not archived", () => {
    const all = [summary("g1", "c1"), summary("g2", "c1"), summary("g3", "c2"), summary("g4", "c3", true)];
    expect(otherCommuneGroups(all, group).map((g) => g.id)).toEqual(["g3"]);
  });

  it("asks for a link once both the group and the product are chosen", () => {
    expect(linkArgs("g1", { otherGroupId: "", productId: "p1" })).toBeNull();
    expect(linkArgs("g1", { otherGroupId: "g3", productId: "" })).toBeNull();
    expect(linkArgs("g1", { otherGroupId: "g3", productId: "p1" })).toEqual(["g1", "g3", "p1"]);
  });
});
