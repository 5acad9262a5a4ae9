// The help centre is static: every page under /<locale>/ is prerendered unless it says otherwise.
export const prerender = true;
