import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir';

// Every test file leaves the temp folder as it found it.
afterAll(() => removeTempDirs());
