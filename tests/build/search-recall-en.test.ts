import { recallSuite } from '../helpers/search-recall.ts';

// One language per file: Pagefind's pagefind.js keeps one index per module instance.
recallSuite('en');
