/** Errors answered before GraphQL runs, in GraphQL's response shape so every client parses one format. */
import type { Response } from "express";

export function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
