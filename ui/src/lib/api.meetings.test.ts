// The meeting, forum and cluster commands: their names and argument objects as the
// Rust commands take them (camelCase), and the documents they print.
import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const api = await import("./api");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("meeting, forum and cluster commands", () => {
  it.each<[string, () => Promise<unknown>, string, Record<string, unknown>]>([
    ["every SLG's meetings", () => api.listSlgMeetings(null), "list_slg_meetings", { slgId: null }],
    ["one SLG's meetings", () => api.listSlgMeetings("s1"), "list_slg_meetings", { slgId: "s1" }],
    ["a meeting", () => api.getSlgMeeting("m1"), "get_slg_meeting", { id: "m1" }],
    ["archiving a meeting", () => api.setSlgMeetingArchived("m1", true), "set_slg_meeting_archived", { id: "m1", archived: true }],
    ["the forums", () => api.listForums(false), "list_forums", { includeArchived: false }],
    ["a forum", () => api.getForum("f1"), "get_forum", { id: "f1" }],
    ["the agenda", () => api.setForumAgenda("f1", []), "set_forum_agenda", { id: "f1", items: [] }],
    ["the participants", () => api.listParticipants("f1", true), "list_participants", { forumId: "f1", includeArchived: true }],
    ["an invitation's status", () => api.setParticipantStatus("p1", "attended"), "set_participant_status", { id: "p1", status: "attended" }],
    ["archiving a participant", () => api.setParticipantArchived("p1", true), "set_participant_archived", { id: "p1", archived: true }],
    ["a forum's clusters", () => api.listClusters("f1", false), "list_clusters", { forumId: "f1", includeArchived: false }],
    ["archiving a cluster", () => api.setClusterArchived("c1", false), "set_cluster_archived", { id: "c1", archived: false }],
  ])("asks for %s", async (_what, call, command, args) => {
    await call();
    expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it.each<[string, () => Promise<string | null>, string, Record<string, unknown>]>([
    ["a meeting's minutes", () => api.printSlgMeetingMinutes("m1", "km"), "print_slg_meeting_minutes", { meetingId: "m1", mode: "km" }],
    ["a meeting pack with a study", () => api.printMeetingPack("s1", "c1", "en"), "print_meeting_pack", { slgId: "s1", campaignId: "c1", mode: "en" }],
    ["a meeting pack without one", () => api.printMeetingPack("s1", null, "km"), "print_meeting_pack", { slgId: "s1", campaignId: null, mode: "km" }],
    ["every invitation", () => api.printForumInvitations("f1", null, "km-en"), "print_forum_invitations", { forumId: "f1", participantId: null, mode: "km-en" }],
    ["one invitation", () => api.printForumInvitations("f1", "p1", "km"), "print_forum_invitations", { forumId: "f1", participantId: "p1", mode: "km" }],
    ["the agenda", () => api.printForumAgenda("f1", "km"), "print_forum_agenda", { forumId: "f1", mode: "km" }],
    ["the attendance sheet", () => api.printForumAttendance("f1", "en"), "print_forum_attendance", { forumId: "f1", mode: "en" }],
    ["the name cards", () => api.printForumNameCards("f1", "km"), "print_forum_name_cards", { forumId: "f1", mode: "km" }],
    ["the forum report", () => api.printForumReport("f1", "km"), "print_forum_report", { forumId: "f1", mode: "km" }],
    ["a cluster's plan", () => api.printClusterPlan("c1", "km-en"), "print_cluster_plan", { clusterId: "c1", mode: "km-en" }],
  ])("prints %s", async (_what, call, command, args) => {
    invoke.mockResolvedValue("/tmp/x.pdf");
    await expect(call()).resolves.toBe("/tmp/x.pdf");
    expect(invoke).toHaveBeenCalledWith(command, args);
  });
});
