/** What the desk's panels share: the API, the session, the page's language, and how a failure and a write read. */
import type { Lang, Messages } from "../shared/i18n.js";
import { DeskError, type DeskApi } from "./desk-api.js";
import type { Session } from "./session.js";

export interface Desk {
  api: DeskApi;
  session: Session;
  lang: Lang;
  text: Messages;
  /** A failed request in the person's words (failureOf). */
  failure(error: unknown): string;
  /**
   * Runs a request with the editor's token; on failure, says why in `status` and answers undefined.
   * A refused token (expired mid-edit) signs the session out of editing but leaves every form as it
   * is: sign in again and send it once more.
   */
  write<T>(status: HTMLElement, run: (token: string) => Promise<T>): Promise<T | undefined>;
}

export function createDesk(api: DeskApi, session: Session, lang: Lang, text: Messages): Desk {
  const failure = (error: unknown) => failureOf(error, text);
  return {
    api,
    session,
    lang,
    text,
    failure,
    async write(status, run) {
      try {
        return await session.withToken(run);
      } catch (error) {
        if (error instanceof DeskError && error.code === "UNAUTHENTICATED") session.expired();
        status.textContent = failure(error);
        return undefined;
      }
    },
  };
}

export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`edit.html lacks #${id}`);
  return found as T;
}

/**
 * A failed request in the person's words, followed by the API's own message (it names the field,
 * the value and what is allowed, which an editor needs to put it right).
 */
export function failureOf(error: unknown, text: Messages): string {
  if (!(error instanceof DeskError)) return text.deskUnexpected;
  switch (error.code) {
    case "UNREACHABLE":
      return text.errorUnavailable;
    case "UNAUTHENTICATED":
      return `${text.deskSignInAgain} ${error.message}`;
    case "FORBIDDEN":
      return `${text.deskForbidden} ${error.message}`;
    case "CONFLICT":
      return `${text.deskConflict} ${error.message}`;
    default:
      return `${text.deskRefused} ${error.message}`;
  }
}
