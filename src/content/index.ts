// Content script entry: wires settings and messages to the page controller. Stays thin on purpose.
import { scriptStarted } from './script-clock';
import { ContentController } from './controller';
import { recordTask } from './task-meter';

new ContentController(document).start();
recordTask('start', scriptStarted, performance.now());
