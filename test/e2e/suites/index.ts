import type { SuiteEnv } from '../harness';
import { platformSuite } from './platform';

export function defineAllSuites(env: SuiteEnv) {
  platformSuite(env);
}
