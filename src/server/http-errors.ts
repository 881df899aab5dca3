/** Errors of the HTTP layer: those answered before GraphQL runs, and the API failing to listen. */
import type { Response } from "express";

/** Answers in GraphQL's response shape, so every client parses one format. */
export function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The API cannot take its port (in use, or not allowed): a setting to change, not a crash. */
export class ListenError extends Error {
  override name = "ListenError";
}
