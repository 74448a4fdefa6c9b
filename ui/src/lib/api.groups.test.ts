// The producer group commands: their names and argument objects as the Rust commands
// take them (camelCase), and the printed by-laws.
import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const api = await import("./api");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("producer group commands", () => {
  it.each<[string, () => Promise<unknown>, string, Record<string, unknown>]>([
    ["the district's groups", () => api.listProducerGroups(null, false), "list_producer_groups", { communeCode: null, includeArchived: false }],
    ["a commune's groups", () => api.listProducerGroups("010203", true), "list_producer_groups", { communeCode: "010203", includeArchived: true }],
    ["a group", () => api.getProducerGroup("g1"), "get_producer_group", { id: "g1" }],
    ["archiving a group", () => api.setProducerGroupArchived("g1", true), "set_producer_group_archived", { id: "g1", archived: true }],
    [
      "a member, confirmed",
      () => api.addGroupMember("g1", "h1", "neighbour", true),
      "add_group_member",
      { groupId: "g1", householdId: "h1", reason: "neighbour", confirmed: true },
    ],
    ["a member leaving", () => api.removeGroupMember("g1", "h1"), "remove_group_member", { groupId: "g1", householdId: "h1" }],
    [
      "the committee",
      () => api.setGroupCommittee("g1", [{ role: "chair", householdId: null }]),
      "set_group_committee",
      { groupId: "g1", seats: [{ role: "chair", householdId: null }] },
    ],
    ["marking formed", () => api.markGroupFormed("g1", "2026-05-01"), "mark_group_formed", { groupId: "g1", date: "2026-05-01" }],
    ["active again", () => api.setGroupInactive("g1", null), "set_group_inactive", { groupId: "g1", since: null }],
    ["the template", () => api.bylawsTemplate("g1"), "bylaws_template", { groupId: "g1" }],
    ["the by-laws", () => api.getBylaws("g1"), "get_bylaws", { groupId: "g1" }],
    ["the versions", () => api.bylawsHistory("g1"), "bylaws_history", { groupId: "g1" }],
    ["a new version", () => api.saveBylaws("g1", []), "save_bylaws", { groupId: "g1", clauses: [] }],
    [
      "an adoption",
      () => api.adoptBylaws("g1", 2, "2026-05-01", "Pagoda", null),
      "adopt_bylaws",
      { groupId: "g1", version: 2, date: "2026-05-01", meeting: "Pagoda", membersPresent: null },
    ],
    ["the buyer groups", () => api.listBuyerGroups(false), "list_buyer_groups", { includeArchived: false }],
    [
      "a new buyer group",
      () => api.saveBuyerGroup({ id: null, name: "Kampot traders", buyerIds: ["b1", "b2"] }),
      "save_buyer_group",
      { input: { id: null, name: "Kampot traders", buyerIds: ["b1", "b2"] } },
    ],
    ["the group's buyers", () => api.groupBuyers("g1"), "group_buyers", { groupId: "g1" }],
    [
      "the group's buyers saved",
      () => api.setGroupBuyers("g1", [{ buyerId: "b1", buyerGroupId: null }]),
      "set_group_buyers",
      { groupId: "g1", links: [{ buyerId: "b1", buyerGroupId: null }] },
    ],
    ["the linked groups", () => api.groupLinks("g1"), "group_links", { groupId: "g1" }],
    ["a link", () => api.linkGroups("g1", "g2", "p1"), "link_groups", { groupId: "g1", otherGroupId: "g2", productId: "p1" }],
    ["an unlink", () => api.unlinkGroups("g1", "g2", "p1"), "unlink_groups", { groupId: "g1", otherGroupId: "g2", productId: "p1" }],
  ])("asks for %s", async (_what, call, command, args) => {
    await call();
    expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("prints the by-laws in the chosen language", async () => {
    invoke.mockResolvedValue("/tmp/bylaws.pdf");
    await expect(api.printBylaws("g1", "km-en")).resolves.toBe("/tmp/bylaws.pdf");
    expect(invoke).toHaveBeenCalledWith("print_bylaws", { groupId: "g1", mode: "km-en" });
  });
});
