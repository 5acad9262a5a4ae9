// A 404 (or other error) under this route renders without hydrating, like the help-centre pages around it: Kit
// takes an error page's `csr` from the layouts above its +error.svelte, so this layout and the error page beside
// it keep the whole client runtime and the page's data off a page that only says what went wrong. The header
// search still works through the islands, as on every prerendered page.
export const csr = false;
