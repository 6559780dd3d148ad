import '@testing-library/jest-dom/vitest';
import { registerAllLanguages } from '../../src/lib/i18n/catalogues';

// Components are tested in every language at once; fetching a language is the state's
// concern, tested on its own.
registerAllLanguages();
