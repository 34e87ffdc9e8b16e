import { describe } from 'node:test';
import { useSuiteEnv } from './harness';
import { defineAllSuites } from './suites';

describe('firefox', { concurrency: 1 }, () => defineAllSuites(useSuiteEnv('firefox')));
