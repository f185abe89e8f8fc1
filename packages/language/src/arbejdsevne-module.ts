import { ArbejdsevneLinker } from './scoping/arbejdsevne-linker.js';
import { ArbejdsevneReferenceDescriptionProvider } from './scoping/arbejdsevne-reference-descriptions.js';
import { ArbejdsevneDocumentUpdateHandler } from './lsp/arbejdsevne-document-update-handler.js';
import { inject, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { ArbejdsevneGeneratedModule, ArbejdsevneGeneratedSharedModule } from './generated/module.js';
import { BackgroundChecks } from './background-checks.js';
import { ConfigProvider } from './config-provider.js';
import { ArbejdsevneDocumentFactory } from './parser/arbejdsevne-document-factory.js';
import { ArbejdsevneLexerErrorMessageProvider, ArbejdsevneParserErrorMessageProvider } from './parser/arbejdsevne-error-messages.js';
import { ArbejdsevneLexer } from './parser/arbejdsevne-lexer.js';
import { createArbejdsevneParser } from './parser/arbejdsevne-parser.js';
import { ArbejdsevneTokenBuilder } from './parser/arbejdsevne-token-builder.js';
import { ArbejdsevneValueConverter } from './parser/arbejdsevne-value-converter.js';
import { ArbejdsevneScopeComputation } from './scoping/arbejdsevne-scope-computation.js';
import { ArbejdsevneScopeProvider } from './scoping/arbejdsevne-scope-provider.js';
import { ArbejdsevneDocumentValidator } from './validation/arbejdsevne-document-validator.js';
import { ArbejdsevneValidator, registerValidationChecks } from './validation/arbejdsevne-validator.js';
import { lspModule } from './lsp/arbejdsevne-lsp-module.js';

export type ArbejdsevneAddedServices = {
    config: {
        ConfigProvider: ConfigProvider;
    };
    validation: {
        ArbejdsevneValidator: ArbejdsevneValidator;
    };
};

export type ArbejdsevneServices = LangiumServices & ArbejdsevneAddedServices & { readonly shared: ArbejdsevneSharedServices };

export const ArbejdsevneModule: Module<ArbejdsevneServices, PartialLangiumServices & ArbejdsevneAddedServices> = {
    parser: {
        LangiumParser: services => createArbejdsevneParser(services),
        TokenBuilder: () => new ArbejdsevneTokenBuilder(),
        Lexer: services => new ArbejdsevneLexer(services),
        ValueConverter: () => new ArbejdsevneValueConverter(),
        ParserErrorMessageProvider: services => new ArbejdsevneParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new ArbejdsevneLexerErrorMessageProvider(),
    },
    references: {
        ScopeProvider: services => new ArbejdsevneScopeProvider(services),
        Linker: services => new ArbejdsevneLinker(services),
        ScopeComputation: services => new ArbejdsevneScopeComputation(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new ArbejdsevneReferenceDescriptionProvider(services),
    },
    config: {
        ConfigProvider: services => new ConfigProvider(services.shared),
    },
    validation: {
        DocumentValidator: services => new ArbejdsevneDocumentValidator(services),
        ArbejdsevneValidator: services => new ArbejdsevneValidator(services),
    },
};

export type ArbejdsevneSharedServices = LangiumSharedServices & { workspace: { BackgroundChecks: BackgroundChecks } };

const sharedModule: Module<ArbejdsevneSharedServices, { workspace: { LangiumDocumentFactory: ArbejdsevneDocumentFactory; BackgroundChecks: BackgroundChecks }; lsp: { DocumentUpdateHandler: ArbejdsevneDocumentUpdateHandler } }> = {
    workspace: {
        BackgroundChecks: () => new BackgroundChecks(),
        LangiumDocumentFactory: services => new ArbejdsevneDocumentFactory(services),
    },
    lsp: {
        DocumentUpdateHandler: services => new ArbejdsevneDocumentUpdateHandler(services),
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

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
