import { describe, expect, test } from 'vitest';
import { readRepoFile } from '../helpers.js';

/** test/editors/run.sh tries these set-ups in Neovim and Emacs; the guide must show exactly them. */
describe('docs/editorer.md', () => {
    test.each(['test/editors/neovim-0.7.lua', 'test/editors/emacs-eglot.el'])('shows the set-up that was tried: %s', file => {
        expect(readRepoFile('docs/editorer.md')).toContain(readRepoFile(file));
    });

    test('is linked from the README and from the lsp command', () => {
        expect(readRepoFile('README.md')).toContain('docs/editorer.md');
        expect(readRepoFile('packages/cli/src/main.ts')).toContain('docs/editorer.md');
    });
});
