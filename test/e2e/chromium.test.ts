import { describe } from 'node:test';
import { useSuiteEnv } from './harness';
import { defineAllSuites } from './suites';

describe('chromium', { concurrency: 1 }, () => defineAllSuites(useSuiteEnv('chromium')));
