// The e2e server of this run: playwright.config.ts starts it, with its first administrator, and passes its
// address and data folder to every worker through these variables.
export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e administrator passphrase 5521';

export const BASE_URL = process.env.E2E_BASE_URL ?? '';
export const DATA_DIR = process.env.E2E_DATA_DIR ?? '';
