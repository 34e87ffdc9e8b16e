// Content script entry: wires settings and messages to the page controller. Stays thin on purpose.
import { ContentController } from './controller';

new ContentController(document).start();
