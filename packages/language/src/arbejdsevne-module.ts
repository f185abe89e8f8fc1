import { inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext } from 'langium/lsp';
import { ArbejdsevneGeneratedModule, ArbejdsevneGeneratedSharedModule } from './generated/module.js';
import { ArbejdsevneModule, coreSharedModule, type ArbejdsevneServices, type ArbejdsevneSharedServices } from './arbejdsevne-core-module.js';
import { ArbejdsevneDocumentUpdateHandler } from './lsp/arbejdsevne-document-update-handler.js';
import { lspModule } from './lsp/arbejdsevne-lsp-module.js';
import { registerValidationChecks } from './validation/arbejdsevne-validator.js';

export * from './arbejdsevne-core-module.js';

const sharedModule = {
    ...coreSharedModule,
    lsp: {
        DocumentUpdateHandler: (services: ArbejdsevneSharedServices) => new ArbejdsevneDocumentUpdateHandler(services),
    },
};

/**
 * Creates the shared and the language services. `context.fileSystemProvider` decides where
 * files come from: `NodeFileSystem` (langium/node) in the CLI and the server, `EmptyFileSystem`
 * in tests and the browser.
 */
export function createArbejdsevneServices(context: DefaultSharedModuleContext): {
    shared: ArbejdsevneSharedServices;
    Arbejdsevne: ArbejdsevneServices;
} {
    const shared = inject(createDefaultSharedModule(context), ArbejdsevneGeneratedSharedModule, sharedModule);
    const Arbejdsevne = inject(createDefaultModule({ shared }), ArbejdsevneGeneratedModule, ArbejdsevneModule, lspModule);
    shared.ServiceRegistry.register(Arbejdsevne);
    registerValidationChecks(Arbejdsevne);
    if (!context.connection) {
        // No editor: build documents fully (validation included) when asked.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Arbejdsevne };
}

