/** The roles a token may grant: `editor` for every change to the knowledge, `privacy` for erasing a person. */
export const EDITOR_ROLE = "editor";
export const PRIVACY_ROLE = "privacy";
export const ROLES = [EDITOR_ROLE, PRIVACY_ROLE] as const;
export type Role = (typeof ROLES)[number];
