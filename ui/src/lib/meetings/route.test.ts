import { describe, expect, it } from "vitest";
import { meetingsHref, parseMeetingsRoute, type MeetingsRoute } from "./route";

describe("meetings routes", () => {
  it.each<[string, MeetingsRoute]>([
    ["#meetings", { view: "home" }],
    ["#/meetings", { view: "home" }],
    ["#meetings/meeting/new", { view: "meeting", meetingId: null, slgId: null }],
    ["#meetings/meeting/new/s1", { view: "meeting", meetingId: null, slgId: "s1" }],
    ["#meetings/meeting/m9", { view: "meeting", meetingId: "m9", slgId: null }],
    ["#meetings/forum/f1", { view: "forum", forumId: "f1", tab: "agenda" }],
    ["#meetings/forum/f1/participants", { view: "forum", forumId: "f1", tab: "participants" }],
    ["#meetings/forum/f1/kit", { view: "forum", forumId: "f1", tab: "kit" }],
    ["#meetings/forum/f1/clusters", { view: "forum", forumId: "f1", tab: "clusters" }],
    ["#meetings/forum/f1/nonsense", { view: "forum", forumId: "f1", tab: "agenda" }],
    ["#meetings/forum", { view: "home" }],
    ["#meetings/meeting", { view: "home" }],
    ["#study", { view: "home" }],
  ])("reads %s", (hash, route) => {
    expect(parseMeetingsRoute(hash)).toEqual(route);
  });

  it.each<MeetingsRoute>([
    { view: "home" },
    { view: "meeting", meetingId: null, slgId: null },
    { view: "meeting", meetingId: null, slgId: "s/1" },
    { view: "meeting", meetingId: "m 1", slgId: null },
    { view: "forum", forumId: "f1", tab: "kit" },
  ])("writes and reads back %o", (route) => {
    expect(parseMeetingsRoute(meetingsHref(route))).toEqual(route);
  });
});
