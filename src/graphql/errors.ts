/** Expected errors of the API: a stable `extensions.code` and a message that names the input and what is allowed. */
import { GraphQLError } from "graphql";

export const badUserInput = (message: string, argument: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument, ...extra } });

export const notFound = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: "NOT_FOUND", argument } });

/** Checks an integer argument against its allowed range. */
export function assertInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`Argument "${argument}" must be a whole number from ${min} to ${max}; got ${value}.`, argument);
  }
  return value;
}
