import { describe, expect, it } from "vitest";
import { parseStudyRoute, studyHref, type StudyRoute } from "./route";

describe("study routes", () => {
  it.each<[string, StudyRoute]>([
    ["#study", { view: "campaigns" }],
    ["#/study", { view: "campaigns" }],
    ["#study/markets", { view: "markets" }],
    ["#study/products", { view: "products" }],
    ["#study/campaign/c1", { view: "campaign", campaignId: "c1", tab: "interviews" }],
    ["#study/campaign/c1/analysis", { view: "campaign", campaignId: "c1", tab: "analysis" }],
    ["#study/campaign/c1/willing", { view: "campaign", campaignId: "c1", tab: "willing" }],
    ["#study/campaign/c1/nonsense", { view: "campaign", campaignId: "c1", tab: "interviews" }],
    ["#study/campaign/c1/interview/new", { view: "interview", campaignId: "c1", interviewId: null }],
    ["#study/campaign/c1/interview/i9", { view: "interview", campaignId: "c1", interviewId: "i9" }],
    ["#study/campaign", { view: "campaigns" }],
    ["#households", { view: "campaigns" }],
  ])("reads %s", (hash, route) => {
    expect(parseStudyRoute(hash)).toEqual(route);
  });

  it.each<StudyRoute>([
    { view: "campaigns" },
    { view: "markets" },
    { view: "products" },
    { view: "campaign", campaignId: "0b1e-44", tab: "willing" },
    { view: "interview", campaignId: "c1", interviewId: null },
    { view: "interview", campaignId: "c1", interviewId: "a/b" },
  ])("writes and reads back %o", (route) => {
    expect(parseStudyRoute(studyHref(route))).toEqual(route);
  });
});
