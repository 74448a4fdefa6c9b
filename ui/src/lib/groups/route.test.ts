import { describe, expect, it } from "vitest";
import { groupsHref, parseGroupsRoute, type GroupsRoute } from "./route";

describe("producer group routes", () => {
  it.each<[string, GroupsRoute]>([
    ["#groups", { view: "list" }],
    ["#/groups", { view: "list" }],
    ["#groups/group/g1", { view: "group", groupId: "g1" }],
    ["#groups/group/a%2Fb", { view: "group", groupId: "a/b" }],
    ["#groups/group", { view: "list" }],
    ["#groups/nonsense/g1", { view: "list" }],
    ["#slgs/group/g1", { view: "list" }],
  ])("reads %s", (hash, route) => {
    expect(parseGroupsRoute(hash)).toEqual(route);
  });

  it.each<GroupsRoute>([{ view: "list" }, { view: "group", groupId: "g 1/2" }])("writes and reads back %o", (route) => {
    expect(parseGroupsRoute(groupsHref(route))).toEqual(route);
  });
});
