import type { EditorView } from '@codemirror/view';
import { messageNode } from './message-text.js';
import type { Problem } from './problems.js';

const SEVERITY_LABEL: Record<Problem['severity'], string> = { error: 'Fejl', warning: 'Advarsel', info: 'Info', hint: 'Tip' };

/** The problems list under the editor: each finding with its rule, its place, and its fixes as buttons. */
export function renderProblems(container: HTMLElement, heading: HTMLElement, problems: readonly Problem[], view: EditorView, onFix: (applied: boolean) => void): void {
    const errors = problems.filter(p => p.severity === 'error').length;
    const warnings = problems.filter(p => p.severity === 'warning').length;
    const others = problems.length - errors - warnings;
    heading.textContent = problems.length
        ? `Problemer: ${[count(errors, 'fejl', 'fejl'), count(warnings, 'advarsel', 'advarsler'), count(others, 'bemærkning', 'bemærkninger')].filter(Boolean).join(', ')}`
        : 'Problemer: ingen';
    if (!problems.length) {
        container.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Ingen problemer fundet.' }));
        return;
    }
    const list = document.createElement('ul');
    for (const problem of [...problems].sort((a, b) => a.from - b.from)) {
        const item = document.createElement('li');
        item.className = `problem ${problem.severity}`;
        item.dataset.rule = problem.ruleId ?? '';
        item.dataset.place = `${problem.line}:${problem.column}`;
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'link';
        go.append(
            span('severity', SEVERITY_LABEL[problem.severity]),
            span('rule', problem.ruleId ?? ''),
            span('place', `linje ${problem.line}, kolonne ${problem.column}`),
        );
        go.setAttribute('aria-label', `${SEVERITY_LABEL[problem.severity]} ${problem.ruleId ?? ''} på linje ${problem.line}: gå til stedet`);
        go.addEventListener('click', () => {
            view.dispatch({ selection: { anchor: problem.from, head: problem.to }, scrollIntoView: true });
            view.focus();
        });
        const message = span('message', '');
        message.append(messageNode(problem.message));
        item.append(go, message);
        for (const fix of problem.fixes) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'fix';
            button.textContent = fix.title;
            button.setAttribute('aria-label', `Hurtig rettelse: ${fix.title}`);
            button.addEventListener('click', () => onFix(fix.apply(view)));
            item.append(button);
        }
        list.append(item);
    }
    container.replaceChildren(list);
}

function count(n: number, one: string, many: string): string {
    return n ? `${n} ${n === 1 ? one : many}` : '';
}

function span(className: string, text: string): HTMLSpanElement {
    return Object.assign(document.createElement('span'), { className, textContent: text });
}
