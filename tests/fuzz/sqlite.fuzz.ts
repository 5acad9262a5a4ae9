import { fuzz } from './suite.ts';

fuzz('sqlite');
