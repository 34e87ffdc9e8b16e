import type { SuiteEnv } from '../harness';
import { platformSuite } from './platform';
import { demoCardsSuite } from './demo-cards';
import { hostileSuite } from './hostile';

export function defineAllSuites(env: SuiteEnv) {
  platformSuite(env);
  demoCardsSuite(env);
  hostileSuite(env);
}
