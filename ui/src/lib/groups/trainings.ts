// A training for a producer group (guideline step 4) as the form holds it: the
// topic (with the officer's words for "other"), when and who trained, and who came
// (members ticked, others typed in). The counts are the core's, once saved.
import type { GroupMember } from "../../bindings/GroupMember";
import type { Training } from "../../bindings/Training";
import type { TrainingInput } from "../../bindings/TrainingInput";
import type { TrainingTopic } from "../../bindings/TrainingTopic";
import { isBlankOther, type AttendanceChoice, type OtherRow } from "../meetings/meetingForm";
import { nextKey, rowFields, rowsToSend, type RowKey } from "../rows";

export interface TrainingDraft {
  id: string | null;
  groupId: string;
  topic: TrainingTopic | null;
  topicOther: string;
  heldOn: string;
  trainer: string;
  venue: string;
  present: string[];
  others: OtherRow[];
}

export const TRAINING_FIELDS = ["groupId", "topic", "topicOther", "heldOn", "trainer", "venue", "attendees"] as const;
/** Checklist rows have no box of their own: what is said of them goes under the summary. */
export const ATTENDEE_FIELDS = ["name", "sex"] as const;

export function emptyTraining(groupId: string, heldOn: string): TrainingDraft {
  return { id: null, groupId, topic: null, topicOther: "", heldOn, trainer: "", venue: "", present: [], others: [] };
}

export function trainingFromSaved(t: Training): TrainingDraft {
  return {
    id: t.id,
    groupId: t.groupId,
    topic: t.topic,
    topicOther: t.topicOther,
    heldOn: t.heldOn,
    trainer: t.trainer,
    venue: t.venue,
    present: t.attendees.flatMap((a) => (a.householdId ? [a.householdId] : [])),
    others: t.attendees
      .filter((a) => !a.householdId)
      .map((a) => ({ key: nextKey(), name: a.name, sex: a.sex, youth: a.youth })),
  };
}

/**
 * The checklist: the group's members, then anyone a saved training recorded who is
 * no longer one. Youth is the core's verdict: known only for those it recorded.
 */
export function trainingChoices(members: readonly GroupMember[], saved: Training | null): AttendanceChoice[] {
  const recorded = new Map((saved?.attendees ?? []).flatMap((a) => (a.householdId ? [[a.householdId, a] as const] : [])));
  const out: AttendanceChoice[] = members.map((m) => ({
    householdId: m.householdId,
    name: m.nameKm,
    sex: m.sex,
    youth: recorded.get(m.householdId)?.youth ?? false,
    former: false,
  }));
  const listed = new Set(out.map((c) => c.householdId));
  for (const [id, a] of recorded) {
    if (!listed.has(id)) out.push({ householdId: id, name: a.name, sex: a.sex, youth: a.youth, former: true });
  }
  return out;
}

/** The training as the backend takes it, and which row each attendee came from. */
export function trainingInput(
  d: TrainingDraft,
  choices: readonly AttendanceChoice[],
): { input: TrainingInput; sent: RowKey[] } {
  const present = new Set(d.present);
  const members = choices.filter((c) => present.has(c.householdId));
  const others = rowsToSend(d.others, isBlankOther);
  return {
    input: {
      id: d.id,
      groupId: d.groupId,
      topic: d.topic,
      // The officer's words count only for "other".
      topicOther: d.topic === "other" ? d.topicOther : "",
      heldOn: d.heldOn,
      trainer: d.trainer,
      venue: d.venue,
      attendees: [
        ...members.map((m) => ({ householdId: m.householdId, name: "", sex: null, youth: false })),
        ...others.rows.map((o) => ({ householdId: null, name: o.name, sex: o.sex, youth: o.youth })),
      ],
    },
    sent: [...members.map((m) => m.householdId), ...others.keys],
  };
}

export function trainingFields(sent: readonly RowKey[]): string[] {
  return [...TRAINING_FIELDS, ...rowFields("attendees", sent.length, ATTENDEE_FIELDS)];
}

/** A training's topic as the list shows it: the officer's words for "other". */
export function topicKey(t: Pick<Training, "topic" | "topicOther">): { key: string } | { text: string } {
  return t.topic === "other" && t.topicOther.trim() !== "" ? { text: t.topicOther } : { key: `trainingTopics.${t.topic}` };
}
