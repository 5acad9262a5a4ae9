// Limits the forms show the browser (maxlength) and the schemas enforce, in a module without valibot, so a
// page's script can read them without downloading the schemas.

/** The longest ticket message or reply, in characters. */
export const MESSAGE_MAX = 10_000;
