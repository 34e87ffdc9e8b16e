import type { SuiteEnv } from '../harness';
import { platformSuite } from './platform';
import { demoCardsSuite } from './demo-cards';
import { hostileSuite } from './hostile';
import { realPagesSuite } from './real-pages';

export function defineAllSuites(env: SuiteEnv) {
  platformSuite(env);
  demoCardsSuite(env);
  hostileSuite(env);
  // Last: the real pages reference outside resources of their own, which the privacy check (in the hostile
  // suite) would otherwise count against the extension.
  realPagesSuite(env);
}
