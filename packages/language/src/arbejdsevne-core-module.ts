import { inject, createDefaultCoreModule, createDefaultSharedCoreModule, type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { ArbejdsevneLinker } from './scoping/arbejdsevne-linker.js';
import { ArbejdsevneReferenceDescriptionProvider, NoReferenceIndex } from './scoping/arbejdsevne-reference-descriptions.js';
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

/**
 * The language's services for checking: parser, linker, validation, configuration. No editor
 * feature, and nothing here loads `langium/lsp`: `arbejdsevne tjek` and `rapport` start without
 * the language server's libraries (arbejdsevne-module.ts adds the editor features).
 */

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

/** The shared services a check needs beyond Langium's: documents made by our factory, large texts checked off the thread. */
export const coreSharedModule = {
    workspace: {
        BackgroundChecks: () => new BackgroundChecks(),
        LangiumDocumentFactory: (services: LangiumSharedCoreServices & { workspace: { BackgroundChecks: BackgroundChecks } }) => new ArbejdsevneDocumentFactory(services),
    },
};

/** What only an editor reads, left out of a check without one. */
const checkOnlyModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    workspace: {
        ReferenceDescriptionProvider: services => new NoReferenceIndex(services),
    },
};

/**
 * The services for a check without an editor (the CLI): Langium's core modules with this
 * language's, validation registered, documents built fully when asked.
 */
export function createArbejdsevneCheckServices(context: DefaultSharedCoreModuleContext): ArbejdsevneServices {
    const shared = inject(createDefaultSharedCoreModule(context), ArbejdsevneGeneratedSharedModule, coreSharedModule);
    const core = inject(createDefaultCoreModule({ shared }), ArbejdsevneGeneratedModule, ArbejdsevneModule as unknown as Module<LangiumCoreServices, PartialLangiumCoreServices>, checkOnlyModule);
    // The same services as createArbejdsevneServices, less `lsp`: no code path of a check or a report reads it.
    const Arbejdsevne = core as unknown as ArbejdsevneServices;
    shared.ServiceRegistry.register(core);
    registerValidationChecks(Arbejdsevne);
    (shared as unknown as ArbejdsevneSharedServices).workspace.ConfigurationProvider.initialized({});
    return Arbejdsevne;
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
