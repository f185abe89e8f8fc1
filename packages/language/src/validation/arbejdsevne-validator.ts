import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ArbejdsevneAstType, Assessment } from '../generated/ast.js';
import type { ArbejdsevneServices } from '../arbejdsevne-module.js';
import type { ConfigProvider } from '../config-provider.js';
import { EXECUTABLE_RULES } from '../rules/catalogue.js';
import { runRules } from '../rules/engine.js';

export const CONFIG_PROBLEM = 'KONFIGURATION';

/** Runs the rule catalogue once per document (the rules share facts: regime, outcome, age). */
export class ArbejdsevneValidator {
    private readonly config: ConfigProvider;

    constructor(services: ArbejdsevneServices) {
        this.config = services.config.ConfigProvider;
    }

    async checkAssessment(root: Assessment, accept: ValidationAcceptor): Promise<void> {
        const document = AstUtils.getDocument(root);
        const config = await this.config.getConfig(document);
        // One diagnostic per configuration file, however many problems it has.
        const files = [...new Set(config.problems.map(p => p.file))];
        for (const file of files) {
            const problems = config.problems.filter(p => p.file === file).map(p => p.message).join('; ');
            accept('warning', `Indstillingsfilen ${file} kan ikke bruges helt: ${problems}. Det, der ikke kan bruges, erstattes af standardindstillinger.`, {
                node: root,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                code: CONFIG_PROBLEM,
            });
        }
        runRules(document, config, EXECUTABLE_RULES, accept, { docsBaseUri: this.config.docsBaseUri });
    }
}

export function registerValidationChecks(services: ArbejdsevneServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.ArbejdsevneValidator;
    const checks: ValidationChecks<ArbejdsevneAstType> = {
        Assessment: validator.checkAssessment,
    };
    registry.register(checks, validator);
}
