/** Where the project lives online, for the links reports carry (a rule's help, the tool's home). */
import { VERSION } from '../../index.js';

/** The project's repository; package.json's `repository`, `homepage` and `bugs` name the same (a test holds them together). */
export const PROJECT_URL = 'https://github.com/govvn/govvn';

/**
 * A page of the docs online, as of this version's tag: a rule's page changes
 * with the law, and a report should link the page its verdicts were reached by.
 */
export function docsUrl(path: string): string {
  return `${PROJECT_URL}/blob/v${VERSION}/${path}`;
}
