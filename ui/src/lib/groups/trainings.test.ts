import { describe, expect, it } from "vitest";
import type { GroupMember } from "../../bindings/GroupMember";
import type { Training } from "../../bindings/Training";
import { emptyOther } from "../meetings/meetingForm";
import { rowField } from "../rows";
import { emptyTraining, topicKey, trainingChoices, trainingFields, trainingFromSaved, trainingInput } from "./trainings";

const member = (id: string, sex: "female" | "male" = "female") =>
  ({ householdId: id, nameKm: `name-${id}`, sex }) as GroupMember;

const training = (over: Partial<Training> = {}): Training => ({
  id: "t1",
  groupId: "g1",
  topic: "post_harvest",
  topicOther: "",
  heldOn: "2026-05-04",
  trainer: "Dara",
  venue: "Pagoda",
  attendees: [
    { householdId: "h1", name: "name-h1", sex: "female", youth: true },
    { householdId: "left", name: "Former", sex: "male", youth: false },
    { householdId: null, name: "Visitor", sex: "male", youth: false },
  ],
  counts: { total: 3, women: 1, youth: 1, youngWomen: 1 },
  archived: false,
  ...over,
});

describe("the training form", () => {
  it("sends nothing chosen as null and the other topic's words only for 'other'", () => {
    const d = emptyTraining("g1", "2026-05-04");
    d.topicOther = "left over";
    const { input } = trainingInput(d, []);
    expect(input).toEqual({
      id: null,
      groupId: "g1",
      topic: null,
      topicOther: "",
      heldOn: "2026-05-04",
      trainer: "",
      venue: "",
      attendees: [],
    });
    d.topic = "other";
    expect(trainingInput(d, []).input.topicOther).toBe("left over");
  });

  it("sends ticked members by id in the checklist's order, then the others typed in, blank ones left out", () => {
    const choices = trainingChoices([member("h1"), member("h2"), member("h3")], null);
    const d = emptyTraining("g1", "2026-05-04");
    d.present = ["h3", "h1"];
    const blank = emptyOther();
    const visitor = { ...emptyOther(), name: "Visitor", sex: null };
    d.others = [blank, visitor];
    const { input, sent } = trainingInput(d, choices);
    expect(input.attendees).toEqual([
      { householdId: "h1", name: "", sex: null, youth: false },
      { householdId: "h3", name: "", sex: null, youth: false },
      { householdId: null, name: "Visitor", sex: null, youth: false },
    ]);
    expect(rowField("attendees", sent, visitor.key, "sex")).toBe("attendees.2.sex");
    expect(trainingFields(sent)).toContain("attendees.2.sex");
  });

  it("keeps on the checklist someone a saved training recorded who has left the group", () => {
    const t = training();
    const choices = trainingChoices([member("h1"), member("h2")], t);
    expect(choices.map((c) => [c.householdId, c.former, c.youth])).toEqual([
      ["h1", false, true],
      ["h2", false, false],
      ["left", true, false],
    ]);
    const d = trainingFromSaved(t);
    expect(d.present).toEqual(["h1", "left"]);
    expect(d.others.map((o) => o.name)).toEqual(["Visitor"]);
    expect(trainingInput(d, choices).input.attendees.map((a) => a.householdId)).toEqual(["h1", "left", null]);
  });

  it("names the topic from the list, or in the officer's words for 'other'", () => {
    expect(topicKey(training())).toEqual({ key: "trainingTopics.post_harvest" });
    expect(topicKey(training({ topic: "other", topicOther: "Composting" }))).toEqual({ text: "Composting" });
    expect(topicKey(training({ topic: "other", topicOther: " " }))).toEqual({ key: "trainingTopics.other" });
  });
});
