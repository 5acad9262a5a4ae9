// Needs TEST_DATABASE_URL (CI sets it); each run uses a schema of its own.
import { fuzz } from './suite.ts';

fuzz('postgres');
