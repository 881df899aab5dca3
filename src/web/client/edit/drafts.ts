/**
 * An edit in progress survives signing in again: before the page leaves for the identity
 * provider, what the editor typed in the desk's forms (and which source is open, which ends are
 * picked) waits in sessionStorage, this tab's own store, and is put back when the page returns
 * signed in. Files, passwords and tokens are never kept.
 */
import type { PickedEntity } from "./cite.js";

const DRAFT_KEY = "kg-edit-draft";

export interface Draft {
  fields: Record<string, string | boolean>;
  source: string | null;
  picked: Record<"a" | "b", PickedEntity | null>;
  relation: string;
}

type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const fieldsOf = (root: HTMLElement) =>
  [...root.querySelectorAll<FormField>("input[id], textarea[id], select[id]")].filter((field) => !(field instanceof HTMLInputElement && (field.type === "file" || field.type === "password")));

/** Keeps the desk's forms for the return from the provider; nothing when nothing was typed or opened. */
export function saveDraft(root: HTMLElement, state: Omit<Draft, "fields">): void {
  const fields: Draft["fields"] = {};
  let typed = false;
  for (const field of fieldsOf(root)) {
    const checkbox = field instanceof HTMLInputElement && field.type === "checkbox";
    fields[field.id] = checkbox ? field.checked : field.value;
    // A select always has a value; only what a person typed or ticked, or a source opened, makes a draft.
    if (!(field instanceof HTMLSelectElement) && (checkbox ? field.checked : field.value.trim() !== "")) typed = true;
  }
  if (typed || state.source !== null) sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ ...state, fields }));
}

/** The draft kept before signing in, once: reading it removes it. */
export function takeDraft(): Draft | null {
  const kept = sessionStorage.getItem(DRAFT_KEY);
  sessionStorage.removeItem(DRAFT_KEY);
  try {
    return kept === null ? null : (JSON.parse(kept) as Draft);
  } catch {
    return null;
  }
}

export function restoreFields(root: HTMLElement, fields: Draft["fields"]): void {
  for (const field of fieldsOf(root)) {
    const value = fields[field.id];
    if (value === undefined) continue;
    if (field instanceof HTMLInputElement && field.type === "checkbox") field.checked = value === true;
    else if (typeof value === "string") field.value = value;
  }
}
